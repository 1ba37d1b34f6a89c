package cat.teixit.logic.reports;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.settings.Language;
import java.nio.file.Path;
import java.util.List;

/** A computed report written to a file in any format, in a language; the file is whole or absent. Thread-safe. */
public final class ReportFiles {

    private final ReportPdf pdf;
    private final DocumentService documents;

    public ReportFiles(DocumentService documents) {
        this.pdf = new ReportPdf(documents);
        this.documents = documents;
    }

    /** The printed report's PDF bytes. */
    public byte[] pdf(Indicators indicators, Language language) {
        ReportTexts texts = new ReportTexts(language);
        return pdf.render(indicators, ReportTables.of(indicators, texts), texts);
    }

    /** Writes {@code indicators} to {@code file} as {@code format}, atomically, and audits the export by {@code user}. */
    public void write(CurrentUser user, Indicators indicators, ReportExport.Format format, Language language,
            Path file) {
        write(indicators, format, language, file);
        if (documents != null) { // tests of CSV and XLSX alone build no documents, so no store to audit in
            documents.audited(user, AuditAction.EXPORT, "report", null, null, format.name());
        }
    }

    /** Writes {@code indicators} to {@code file} as {@code format}, atomically (unaudited: benchmarks). */
    private void write(Indicators indicators, ReportExport.Format format, Language language, Path file) {
        ReportTexts texts = new ReportTexts(language);
        List<ReportTable> tables = ReportTables.of(indicators, texts);
        ReportExport.toFile(file, o -> {
            switch (format) {
                case CSV -> ReportExport.csv(tables, o);
                case XLSX -> ReportExport.xlsx(tables, o);
                case PDF -> o.write(pdf.render(indicators, tables, texts));
            }
        });
    }
}
