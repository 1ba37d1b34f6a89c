package cat.teixit.logic.auth;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.persistence.LocalStore;
import cat.teixit.testing.DemoAccounts;
import cat.teixit.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed logins and unlocks make the next attempt wait longer and longer, on a clock the test moves. */
class LoginDelayTest {

    @TempDir
    Path dir;
    LocalStore store;
    AuthService auth;
    final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T09:00:00Z"));

    @BeforeEach
    void seed() throws Exception {
        store = LocalStore.open(dir, TestKeys.KEY);
        auth = DemoAccounts.seed(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LoginResult login(String name, String password) {
        return auth.login(name, password.toCharArray());
    }

    private void advance(Duration d) {
        clock.millis += d.toMillis();
    }

    @Test
    void theDelayGrowsFromThirtySecondsDoublingUpToFifteenMinutes() {
        assertThat(AuthService.delayAfter(0)).isZero();
        assertThat(AuthService.delayAfter(2)).isZero();
        assertThat(AuthService.delayAfter(3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(AuthService.delayAfter(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(AuthService.delayAfter(6)).isEqualTo(Duration.ofMinutes(4));
        assertThat(AuthService.delayAfter(8)).isEqualTo(Duration.ofMinutes(15));
        assertThat(AuthService.delayAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordWaitsAndTheWaitGrows() {
        for (int i = 0; i < 3; i++) {
            assertThat(login("jordi", "guess" + i)).isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        }
        assertThat(login("jordi", DemoSeeder.DEMO_PASSWORD))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS));
        // Others are not slowed down.
        assertThat(login("laia", DemoSeeder.DEMO_PASSWORD)).isInstanceOf(LoginResult.Success.class);
        advance(Duration.ofSeconds(29));
        assertThat(login("jordi", DemoSeeder.DEMO_PASSWORD))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS));
        advance(Duration.ofSeconds(1));
        // A fourth wrong password: now a minute.
        assertThat(login("jordi", "guess3")).isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        advance(Duration.ofSeconds(59));
        assertThat(login("jordi", DemoSeeder.DEMO_PASSWORD))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS));
        advance(Duration.ofSeconds(1));
        assertThat(login("jordi", DemoSeeder.DEMO_PASSWORD)).isInstanceOf(LoginResult.Success.class);
        // A success starts again from nothing.
        assertThat(login("jordi", "typo")).isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        assertThat(login("jordi", DemoSeeder.DEMO_PASSWORD)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void unlockingChecksTheLoggedInUsersPasswordAndWrongOnesWaitAsAtLogin() {
        assertThat(login("laia", DemoSeeder.DEMO_PASSWORD)).isInstanceOf(LoginResult.Success.class);
        assertThat(auth.unlock("".toCharArray())).isEqualTo(UnlockResult.WRONG_PASSWORD);
        char[] typed = DemoSeeder.DEMO_PASSWORD.toCharArray();
        assertThat(auth.unlock(typed)).isEqualTo(UnlockResult.UNLOCKED);
        assertThat(new String(typed)).as("the password is cleared").doesNotContain(DemoSeeder.DEMO_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(auth.unlock(("guess" + i).toCharArray())).isEqualTo(UnlockResult.WRONG_PASSWORD);
        }
        assertThat(auth.unlock(DemoSeeder.DEMO_PASSWORD.toCharArray())).isEqualTo(UnlockResult.TOO_MANY_ATTEMPTS);
        advance(Duration.ofSeconds(30));
        assertThat(auth.unlock(DemoSeeder.DEMO_PASSWORD.toCharArray())).isEqualTo(UnlockResult.UNLOCKED);
        // A near miss does not open the session.
        assertThat(auth.unlock(("x" + DemoSeeder.DEMO_PASSWORD).toCharArray())).isEqualTo(UnlockResult.WRONG_PASSWORD);
    }
}
