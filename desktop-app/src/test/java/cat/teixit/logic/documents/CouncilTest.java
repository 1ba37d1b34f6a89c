package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.settings.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council in the settings: without a name, or with a logo that cannot be used, no document is made. */
class CouncilTest {

    @TempDir
    Path dir;

    @Test
    void theTownComesFromTheAddressUnlessSetAndALogoMustBeAPngOrAJpeg() throws Exception {
        Map<String, String> s = Map.of(Council.NAME, " Ajuntament de Salt ", Council.ADDRESS, "Plaça de la Vila, 1 · 17190 Salt");
        Council c = Council.from((k, d) -> s.getOrDefault(k, d));
        assertThat(c.name()).isEqualTo("Ajuntament de Salt");
        assertThat(c.town()).isEqualTo("Salt");
        assertThat(c.logo()).isNull();
        assertThat(c.logoUnreadable()).isFalse();
        Path text = dir.resolve("logo.png");
        Files.writeString(text, "not an image", StandardCharsets.UTF_8);
        Map<String, String> bad = Map.of(Council.NAME, "A", Council.TOWN, "Girona", Council.LOGO, text.toString());
        Council withBadLogo = Council.from((k, d) -> bad.getOrDefault(k, d));
        assertThat(withBadLogo.town()).isEqualTo("Girona");
        assertThat(withBadLogo.logoUnreadable()).isTrue();
        Map<String, String> none = Map.of(Council.NAME, "A", Council.LOGO, dir.resolve("absent.png").toString());
        assertThat(Council.from((k, d) -> none.getOrDefault(k, d)).logoUnreadable()).isTrue();
    }

    @Test
    void withoutACouncilOrWithABrokenLogoNoDocumentIsMade() throws Exception {
        Path data = dir.resolve("data");
        try (DocumentFixture f = new DocumentFixture(data, false)) {
            assertThatThrownBy(() -> f.documents.render(f.laia, "social-report", Language.CATALAN, f.caseFileId, Map.of()))
                    .isInstanceOfSatisfying(MissingDataException.class,
                            e -> assertThat(e.placeholders()).as("no council, no town to date it in")
                                    .containsExactly(Council.NAME, "date.place"));
            Files.writeString(data.resolve("settings.properties"), "council.name=Ajuntament de Salt\ncouncil.town=Salt\ncouncil.logo="
                    + data.resolve("nowhere.png").toString().replace("\\", "/") + "\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> f.documents.render(f.laia, "social-report", Language.CATALAN, f.caseFileId, Map.of()))
                    .isInstanceOfSatisfying(MissingDataException.class,
                            e -> assertThat(e.placeholders()).containsExactly(Council.LOGO));
        }
    }
}
