package cat.teixit.logic.audit;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PageTemplate;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.audit.AuditAction;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A list of audit rows as a PDF/A document on the council's page, through the documents' one PDF path ({@link
 * DocumentService#renderPage}); making it is itself audited (an export). Thread-safe.
 */
public final class AuditPrintout {

    private static final PageTemplate PAGE = PageTemplate.of("/audit/audit.peb");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Madrid"));

    private final DocumentService documents;
    private final AccessPolicy access;

    public AuditPrintout(DocumentService documents, AccessPolicy access) {
        this.documents = documents;
        this.access = access;
    }


    /**
     * {@code rows} under {@code title} and {@code subtitle} as PDF/A bytes; the case file {@code caseFileId} (or
     * null) is what the list is about, for the audit entry of the export.
     */
    public byte[] pdf(CurrentUser lead, String title, String subtitle, List<AuditTrail.Row> rows, UUID caseFileId,
            Language language) {
        access.require(lead, Permission.VIEW_AUDIT);
        BundleTexts t = new BundleTexts(language);
        List<Map<String, Object>> headers = new ArrayList<>();
        headers.add(header(t.t("audit.column.at"), 30));
        headers.add(header(t.t("audit.column.professional"), 34));
        headers.add(header(t.t("audit.column.action"), 24));
        headers.add(header(t.t("audit.column.what"), 28));
        headers.add(header(t.t("audit.column.caseFile"), 24));
        headers.add(header(t.t("audit.column.detail"), 28));
        List<List<String>> cells = new ArrayList<>();
        for (AuditTrail.Row r : rows) {
            cells.add(List.of(WHEN.format(r.at()), nz(r.professional()), t.t(EnumKeys.auditAction(r.action())),
                    nz(r.entityType()), nz(r.caseNumber()), nz(r.detail())));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("subtitle", subtitle);
        model.put("none", t.t("audit.none"));
        model.put("headers", headers);
        model.put("rows", cells);
        byte[] pdf = documents.renderPage(title, PAGE.fill(model, language), language);
        documents.audited(lead, AuditAction.EXPORT, "audit", null, caseFileId, "PDF");
        return pdf;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> header(String text, int width) {
        return Map.of("text", text, "width", width);
    }
}
