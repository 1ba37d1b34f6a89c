package cat.teixit.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentFixture;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.directory.EntryRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheet handed to the person, read back from the PDF: PDF/A-3b, the entry's details with their accents, in each
 * language; printed from a case file it is filed there. With {@code -Dteixit.documents.previewDir=DIR} the PDF is kept
 * there (to look at it as a page: pdftoppm).
 */
class DirectorySheetTest {

    @TempDir
    Path dir;

    @Test
    void theSheetHoldsTheEntrysDetailsAndIsFiledInTheCaseFile() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            CurrentUser admin = ((LoginResult.Success) f.w.auth().login("admin",
                    DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
            DemoDirectory.seed(f.w.directory(), admin);
            EntryRow siad = f.w.directory().search(f.laia, "siad", null).getFirst();
            DirectorySheet sheets = new DirectorySheet(f.w.directory(), f.documents, Clock.systemUTC());

            DocumentService.Rendered ca = sheets.sheet(f.laia, siad.id(), Language.CATALAN);
            assertThat(DocumentFixture.pdfaProblems(ca.pdf())).isNull();
            String text = DocumentFixture.text(ca.pdf());
            assertThat(text).contains("SIAD – Servei d", "Ajuntament de Girona", "Violència masclista i dones",
                    "Per a qui", "Dones; professionals", "Carrer de la Força, 29, Girona", "Dl-dv 9-14; dj 16-19",
                    "972 000 170", "siad@girona.exemple.cat", "https://girona.exemple.cat/siad", "41.98680, 2.82500",
                    "confirmeu l’horari");
            String keep = System.getProperty("teixit.documents.previewDir");
            if (keep != null) {
                Files.createDirectories(Path.of(keep));
                Files.write(Path.of(keep, "directory-sheet-ca.pdf"), ca.pdf());
            }
            assertThat(DocumentFixture.text(sheets.sheet(f.laia, siad.id(), Language.SPANISH).pdf()))
                    .contains("Para quién", "Horario", "Violencia machista");
            assertThat(DocumentFixture.text(sheets.sheet(f.laia, siad.id(), Language.ENGLISH).pdf()))
                    .contains("For whom", "Opening hours", "Gender violence");

            int before = f.w.attachments().attachments(f.laia, f.caseFileId).size();
            DocumentService.Rendered filed = sheets.sheetForCase(f.laia, siad.id(), f.caseFileId, Language.CATALAN);
            assertThat(f.w.attachments().attachments(f.laia, f.caseFileId)).hasSize(before + 1)
                    .anySatisfy(a -> assertThat(a.id()).isEqualTo(filed.id()));
            // Filing needs the right to change case files: the administrator may print, not file.
            assertThatThrownBy(() -> sheets.sheetForCase(admin, siad.id(), f.caseFileId, Language.CATALAN))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
