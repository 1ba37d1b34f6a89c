package cat.teixit.logic.auth;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.persistence.LocalStore;
import cat.teixit.testing.DemoAccounts;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reset password must be changed at the next login; the new one follows the rules; nothing half-saved. */
class PasswordChangeTest {

    @TempDir
    Path dir;
    LocalStore store;
    AuthService auth;

    @BeforeEach
    void seed() throws Exception {
        store = LocalStore.open(dir, TestKeys.KEY);
        auth = DemoAccounts.seed(store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static char[] c(String s) {
        return s.toCharArray();
    }

    private String problem(Runnable change) {
        try {
            change.run();
        } catch (ValidationException e) {
            return e.errors().byField().keySet().iterator().next() + ":"
                    + e.errors().byField().values().iterator().next().key();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void theRulesSayWhatIsWrongFieldByField() {
        String u = "laia";
        assertThat(PasswordRules.check(u, c("old"), c("curta"), c("curta")).get("newPassword").key())
                .isEqualTo("password.error.short");
        assertThat(PasswordRules.check(u, c("old"), c("aaaaaaaaaaaaaaa"), c("aaaaaaaaaaaaaaa")).get("newPassword").key())
                .isEqualTo("password.error.weak");
        assertThat(PasswordRules.check(u, c("old"), c("Contrasenya123"), c("Contrasenya123")).get("newPassword").key())
                .isEqualTo("password.error.weak");
        assertThat(PasswordRules.check(u, c("old"), c("soc la LAIA de Salt"), c("soc la LAIA de Salt"))
                .get("newPassword").key()).isEqualTo("password.error.username");
        assertThat(PasswordRules.check(u, c("mar blau de tardor"), c("mar blau de tardor"), c("mar blau de tardor"))
                .get("newPassword").key()).isEqualTo("password.error.same");
        assertThat(PasswordRules.check(u, c("old"), c("mar blau de tardor"), c("mar blau de tarda")).get("repeat").key())
                .isEqualTo("password.error.repeat");
        assertThat(PasswordRules.check(u, c("old"), c("mar blau de tardor"), c("mar blau de tardor")).isEmpty()).isTrue();
    }

    @Test
    void aResetAsksForANewPasswordBeforeTheLoginCompletes() {
        char[] temporary = auth.resetPassword("laia");
        String temp = new String(temporary);
        assertThat(temp).hasSize(16);
        assertThat(auth.login("laia", c(DemoSeeder.DEMO_PASSWORD)))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        LoginResult r = auth.login("laia", c(temp));
        assertThat(r).isInstanceOfSatisfying(LoginResult.Success.class, s -> assertThat(s.mustChangePassword()).isTrue());
        assertThat(auth.currentUser()).as("not logged in until the password is changed").isEmpty();

        // A weak one is refused and nothing changes: the temporary password still works and is still temporary.
        assertThat(problem(() -> auth.changePassword(c(temp), c("curta"), c("curta"))))
                .isEqualTo("newPassword:password.error.short");
        assertThat(problem(() -> auth.changePassword(c("wrong"), c("mar blau de tardor"), c("mar blau de tardor"))))
                .isEqualTo("current:password.error.current");
        assertThat(auth.currentUser()).isEmpty();

        CurrentUser u = auth.changePassword(c(temp), c("mar blau de tardor"), c("mar blau de tardor"));
        assertThat(u.username()).isEqualTo("laia");
        assertThat(auth.currentUser()).contains(u);
        auth.logout();
        assertThat(auth.login("laia", c(temp))).isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        assertThat(auth.login("laia", c("mar blau de tardor"))).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.mustChangePassword()).isFalse());
    }

    @Test
    void aLoggedInUserChangesTheirOwnPassword() {
        auth.login("jordi", c(DemoSeeder.DEMO_PASSWORD));
        auth.changePassword(c(DemoSeeder.DEMO_PASSWORD), c("riu ter a girona"), c("riu ter a girona"));
        auth.logout();
        assertThat(auth.login("jordi", c("riu ter a girona"))).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void anUnknownNameCannotBeReset() {
        assertThatThrownBy(() -> auth.resetPassword("ningu")).isInstanceOf(IllegalArgumentException.class);
    }
}
