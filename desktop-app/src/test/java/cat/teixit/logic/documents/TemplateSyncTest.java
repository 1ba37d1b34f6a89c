package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team lead's template travels like any record: saved on one workstation, pushed, pulled by a colleague's
 * workstation of the same team, which then renders with it; two versions saved offline on two workstations both
 * arrive, and both workstations use the same one.
 */
class TemplateSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    @Test
    void aTeamTemplateSavedOnOneWorkstationIsUsedOnTheOther() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("montse");
            b.login("laia");
            String body = a.w.documents().template(a.user, "appointment-letter", Language.CATALAN).body()
                    .replace("Atentamente,", "Ben cordialment,").replace("Atentament,", "Ben cordialment,");
            a.w.documents().save(a.user, "appointment-letter", Language.CATALAN, "Carta de cita", body);
            a.syncOk();
            b.syncOk();
            TemplateSource onB = b.w.documents().template(b.user, "appointment-letter", Language.CATALAN);
            assertThat(onB.origin()).isEqualTo(TemplateSource.Origin.TEAM);
            assertThat(onB.version()).isEqualTo(1);
            assertThat(onB.body()).contains("Ben cordialment,");

            // Offline, a lead on each workstation keeps a version 2: both rows arrive; both use the same one.
            b.login("montse");
            a.w.documents().save(a.user, "appointment-letter", Language.CATALAN, "Carta de cita", body + "<p>A</p>");
            b.w.documents().save(b.user, "appointment-letter", Language.CATALAN, "Carta de cita", body + "<p>B</p>");
            a.syncOk();
            b.syncOk();
            a.syncOk();
            String onA = a.w.documents().template(a.user, "appointment-letter", Language.CATALAN).body();
            assertThat(b.w.documents().template(b.user, "appointment-letter", Language.CATALAN).body()).isEqualTo(onA);
            assertThat(a.w.documents().versions(a.user, "appointment-letter", Language.CATALAN)).hasSize(3);
            assertThat(b.w.documents().versions(b.user, "appointment-letter", Language.CATALAN)).hasSize(3);
        }
    }
}
