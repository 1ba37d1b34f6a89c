package cat.teixit.logic.auth;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.change.HybridClock;
import cat.teixit.model.user.Role;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {

    @TempDir
    Path dir;
    LocalStore store;
    AuthService auth;

    @BeforeEach
    void seed() throws Exception {
        store = LocalStore.open(dir, TestKeys.KEY);
        PasswordHasher hasher = new PasswordHasher(1024, 1, 1);
        HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
        new DemoSeeder(store, hasher, clock).seedIfEmpty();
        auth = new AuthService(store, hasher, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void aDemoUserLogsInWithTheDocumentedPasswordAndNameInAnyCase() {
        LoginResult r = auth.login("  LAIA ", pw(DemoSeeder.DEMO_PASSWORD));
        assertThat(r).isInstanceOf(LoginResult.Success.class);
        CurrentUser u = ((LoginResult.Success) r).user();
        assertThat(u.displayName()).isEqualTo("Laia Puig Ferrer");
        assertThat(u.teamName()).isEqualTo("EBASP Girona Nord");
        assertThat(u.roles()).containsExactly(Role.SOCIAL_WORKER);
        assertThat(auth.currentUser()).contains(u);
    }

    @Test
    void wrongPasswordUnknownUserAndEmptyFieldsAreRefusedAlike() {
        assertThat(auth.login("laia", pw("wrong"))).isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        assertThat(auth.login("nobody", pw(DemoSeeder.DEMO_PASSWORD)))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        assertThat(auth.login("", pw("x"))).isEqualTo(new LoginResult.Refused(LoginResult.Reason.EMPTY_FIELDS));
        assertThat(auth.login("laia", pw(""))).isEqualTo(new LoginResult.Refused(LoginResult.Reason.EMPTY_FIELDS));
        assertThat(auth.currentUser()).isEmpty();
    }

    @Test
    void repeatedFailuresLockTheNameForAWhile() {
        for (int i = 0; i < AuthService.FREE_ATTEMPTS; i++) {
            auth.login("jordi", pw("guess" + i));
        }
        assertThat(auth.login("jordi", pw(DemoSeeder.DEMO_PASSWORD)))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS));
        assertThat(auth.login("laia", pw(DemoSeeder.DEMO_PASSWORD))).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        store.write(tx -> {
            UserAccount u = tx.users().findByUsername("pau").orElseThrow();
            u.setActive(false);
            return null;
        });
        assertThat(auth.login("pau", pw(DemoSeeder.DEMO_PASSWORD)))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.ACCOUNT_DISABLED));
    }

    @Test
    void thePasswordBufferIsWipedAfterUse() {
        char[] secret = pw(DemoSeeder.DEMO_PASSWORD);
        auth.login("laia", secret);
        assertThat(new String(secret)).doesNotContain("teixit");
    }
}
