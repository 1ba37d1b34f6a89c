package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loop over 200 household members breaks pages between rows, never inside one; headers repeat. */
class PaginationTest {

    @TempDir
    Path dir;

    @Test
    void aTableOf200MembersBreaksPagesWithoutSplittingARow() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir.resolve("data"))) {
            List<Map<String, Object>> members = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                String n = String.format("%03d", i);
                // Markers on the first and the last line of the row (the relationship takes three lines): a split row shows.
                members.add(Map.of("fullName", "inici-" + n + " Membre", "relationship",
                        "Germà o germana de la persona de referència, amb una nota prou llarga per ocupar tres línies"
                                + " de la columna fi-" + n, "birthDate", "01/01/2000", "age", "26", "idDocument", ""));
            }
            DocumentService.Rendered r = f.documents.render(f.laia, "social-report", Language.CATALAN, f.caseFileId,
                    Map.of("household", Map.of("members", members)));
            List<String> pages = DocumentFixture.pages(r.pdf());
            assertThat(pages.size()).as("pages").isGreaterThan(5);
            for (int i = 1; i <= 200; i++) {
                String n = String.format("%03d", i);
                int first = pageOf(pages, "inici-" + n);
                int last = pageOf(pages, "fi-" + n);
                assertThat(first).as("row %s found", n).isNotNegative();
                assertThat(last).as("row %s: its end on the page of its start", n).isEqualTo(first);
            }
            long withHeader = pages.stream().filter(p -> p.contains("Parentiu")).count();
            assertThat(withHeader).as("the header row repeats on the pages the table runs over").isGreaterThan(3);
            assertThat(DocumentFixture.pdfaProblems(r.pdf())).isNull();
        }
    }

    private static int pageOf(List<String> pages, String marker) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }
}
