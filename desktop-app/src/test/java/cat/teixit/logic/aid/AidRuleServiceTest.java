package cat.teixit.logic.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.persistence.InstanceLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new year's figures loaded by the council's administrator on a real store: checked like the bundled ones, refused
 * with a message when wrong (nothing kept), used by the simulator at once, replaced by a new text of the same file.
 */
public class AidRuleServiceTest {

    @TempDir
    Path dir;

    /** The text of a bundled rule file. */
    public static String bundled(String name) {
        try (InputStream in = AidRuleServiceTest.class.getResourceAsStream("/aid-rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RGC's 2026 figures moved to 2027, with a new IRSC. */
    static String rgc2027(String irsc) {
        return bundled("rgc-2026.properties").replace("effectiveFrom=2026-01-01", "effectiveFrom=2027-01-01")
                .replace("effectiveTo=2026-12-31", "effectiveTo=2027-12-31")
                .replaceAll("(?m)^irscAnnual=.*$", "irscAnnual=" + irsc);
    }

    private static CurrentUser login(Workstation w, String name) {
        return ((LoginResult.Success) w.auth().login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    private static AidResult rgc(Workstation w, String date) {
        return w.aids().simulate(Households.on(date).adult(40).build()).stream().filter(r -> r.aid() == Aid.RGC)
                .findFirst().orElseThrow();
    }

    /** The IRSC of the RGC rule set the simulator picks for {@code date}. */
    static java.math.BigDecimal irsc(Workstation w, String date) {
        return w.aids().rules().select(Aid.RGC, java.time.LocalDate.parse(date)).orElseThrow().number("irscAnnual");
    }

    @Test
    void aNewYearsFiguresAreCheckedKeptAndUsedAtOnce() throws Exception {
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), cat.teixit.testing.TestKeys.KEY, true)) {
            CurrentUser admin = login(w, "admin");
            CurrentUser laia = login(w, "laia");
            assertThat(rgc(w, "2027-06-01").ruleSet()).as("no rules for 2027 yet").isNull();

            assertThatThrownBy(() -> w.aidRules().load(laia, "rgc-2027.properties", rgc2027("10000.00")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> w.aidRules().load(admin, "RGC 2027.txt", rgc2027("10000.00")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("file").key()).isEqualTo("aidRules.error.name"));
            String noSource = rgc2027("10000.00").replaceAll("(?m)^irscAnnual\\.source=.*$", "");
            assertThatThrownBy(() -> w.aidRules().load(admin, "rgc-2027.properties", noSource))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors().get("file").key()).isEqualTo("aidRules.error.invalid");
                        assertThat(e.errors().get("file").args()[0].toString()).contains("irscAnnual has no source");
                    });
            assertThat(w.aidRules().loaded()).as("nothing kept from a refused file").isEmpty();

            RuleSet set = w.aidRules().load(admin, "rgc-2027.properties", rgc2027("10000.00"));
            assertThat(set.aid()).isEqualTo(Aid.RGC);
            assertThat(w.aidRules().loaded()).containsExactly("rgc-2027.properties");
            AidResult with2027 = rgc(w, "2027-06-01");
            assertThat(with2027.ruleSet()).isEqualTo("rgc-2027.properties");
            assertThat(irsc(w, "2027-06-01")).isEqualByComparingTo("10000.00");
            assertThat(rgc(w, "2026-06-01").ruleSet()).as("2026 keeps its own").isEqualTo("rgc-2026.properties");

            // A corrected text of the same file replaces it (one record, its new text).
            w.aidRules().load(admin, "rgc-2027.properties", rgc2027("12000.00"));
            assertThat(w.aidRules().loaded()).containsExactly("rgc-2027.properties");
            assertThat(irsc(w, "2027-06-01")).isEqualByComparingTo("12000.00");
            long pending = w.readForBenchmark(tx -> tx.outbox().countPending());
            assertThat(pending).as("an insert and a patch to send").isGreaterThanOrEqualTo(2L);
        }
    }
}
