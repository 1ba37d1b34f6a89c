package cat.teixit.logic.aid;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new year's figures loaded at the centre reach a social worker's workstation through the real central server,
 * and its simulator uses them offline from then on.
 */
class AidRuleSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    @Test
    void figuresLoadedAtTheCentreAreUsedOnAnotherWorkstation() throws Exception {
        try (Station centre = Station.open(dir.resolve("centre"), server.url());
                Station office = Station.open(dir.resolve("office"), server.url())) {
            centre.login("admin");
            office.login("laia");
            centre.w.aidRules().load(centre.user, "rgc-2027.properties", AidRuleServiceTest.rgc2027("10000.00"));
            centre.syncOk();
            office.syncOk();
            assertThat(office.w.aidRules().loaded()).containsExactly("rgc-2027.properties");
            AidResult r = office.w.aids().simulate(Households.on("2027-03-01").adult(40).build()).stream()
                    .filter(x -> x.aid() == Aid.RGC).findFirst().orElseThrow();
            assertThat(r.ruleSet()).isEqualTo("rgc-2027.properties");
            assertThat(AidRuleServiceTest.irsc(office.w, "2027-03-01")).isEqualByComparingTo("10000.00");
        }
    }
}
