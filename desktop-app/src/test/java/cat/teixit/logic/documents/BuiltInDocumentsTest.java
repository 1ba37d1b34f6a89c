package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in template in every language, rendered for a real case file: PDF/A-3b by veraPDF, the case's
 * data in the text with its accents (l·l, ç, ñ, à), the council in the header, "page X of Y" and the document
 * id in the footer, nothing confidential. With {@code -Dteixit.documents.previewDir=DIR} the PDFs are kept there
 * (to look at them as pages: pdftoppm).
 */
class BuiltInDocumentsTest {

    @TempDir
    static Path dir;
    static DocumentFixture f;

    @BeforeAll
    static void open() throws Exception {
        f = new DocumentFixture(dir.resolve("data"));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void everyBuiltInTemplateInEveryLanguageIsPdfA3bWithTheCaseData() throws Exception {
        String keep = System.getProperty("teixit.documents.previewDir");
        for (Language l : Language.values()) {
            for (String key : BuiltInTemplates.KEYS) {
                DocumentService.Rendered r = f.documents.render(f.laia, key, l, f.caseFileId, DocumentFixture.extra());
                if (keep != null) {
                    Files.createDirectories(Path.of(keep));
                    Files.write(Path.of(keep, key + "." + l.tag() + ".pdf"), r.pdf());
                }
                assertThat(DocumentFixture.pdfaProblems(r.pdf())).as("veraPDF on %s %s", key, l).isNull();
                String text = DocumentFixture.text(r.pdf());
                assertThat(text).as("%s %s", key, l).contains("Ajuntament de Salt").contains(r.id().toString())
                        .contains(l == Language.ENGLISH ? "Page 1 of " : l == Language.CATALAN ? "Pàgina 1 de " : "Página 1 de ")
                        .doesNotContain("confidencial que no").doesNotContain("[").doesNotContain("¤");
                if (!key.equals("attendance-sheet") && !key.equals("participation-certificate")) {
                    assertThat(text).as("%s %s", key, l).contains(f.caseNumber);
                }
                if (!key.equals("referral-letter") && !key.equals("attendance-sheet")) {
                    assertThat(text).as("%s %s", key, l).contains("Núria Pagès Muñoz");
                }
            }
        }
    }

    @Test
    void catalanAccentsAndAmountsComeOutAsTyped() throws Exception {
        String report = DocumentFixture.text(f.documents.render(f.laia, "social-report", Language.CATALAN, f.caseFileId,
                DocumentFixture.extra()).pdf());
        assertThat(report).contains("Marçal Pagès Muñoz").contains("Sol·licitar l’ajut al lloguer")
                .contains("Laila El Amrani").contains("DNI 12345678Z").contains("1.240,00 €")
                .contains("Servei d’ajuda a domicili").contains("Primera entrevista: la família explica")
                .contains("Entrevista al").contains("despatx");
        String aid = DocumentFixture.text(f.documents.render(f.laia, "aid-simulation", Language.SPANISH, f.caseFileId,
                DocumentFixture.extra()).pdf());
        assertThat(aid).contains("1.540,00 €").contains("Renda garantida de");
    }
}
