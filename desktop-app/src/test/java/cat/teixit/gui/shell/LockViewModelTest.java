package cat.teixit.gui.shell;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.persistence.LocalStore;
import cat.teixit.testing.DemoAccounts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock screen's model against the real auth service on a real store, without the toolkit. */
class LockViewModelTest {

    @TempDir
    Path dir;
    LocalStore store;
    AuthService auth;
    final AtomicInteger unlocked = new AtomicInteger();
    LockViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = LocalStore.open(dir, TestKeys.KEY);
        auth = DemoAccounts.seed(store, Clock.systemUTC());
        assertThat(auth.login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
        vm = new LockViewModel(auth::unlock, new SameThreadUiExecutor());
        vm.setOnUnlocked(unlocked::incrementAndGet);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyPasswordSaysSoWithoutTryingIt() {
        vm.unlock();
        assertThat(vm.errorKey.get()).isEqualTo("lock.error.empty");
        assertThat(unlocked).hasValue(0);
    }

    @Test
    void aWrongPasswordStaysLockedAndIsCleared() {
        vm.password.set("not-it");
        vm.unlock();
        assertThat(vm.errorKey.get()).isEqualTo("lock.error.wrong");
        assertThat(vm.password.get()).isEmpty();
        assertThat(vm.busy.get()).isFalse();
        assertThat(unlocked).hasValue(0);
    }

    @Test
    void theRightPasswordUnlocksAndAResetForgetsTheOldMessage() {
        vm.password.set("x");
        vm.unlock();
        vm.password.set(DemoSeeder.DEMO_PASSWORD);
        vm.unlock();
        assertThat(unlocked).hasValue(1);
        assertThat(vm.password.get()).isEmpty();
        vm.reset();
        assertThat(vm.errorKey.get()).isNull();
    }

    @Test
    void afterThreeWrongPasswordsTheNextTryMustWait() {
        for (int i = 0; i < 3; i++) {
            vm.password.set("guess" + i);
            vm.unlock();
        }
        vm.password.set(DemoSeeder.DEMO_PASSWORD);
        vm.unlock();
        assertThat(vm.errorKey.get()).isEqualTo("login.error.locked");
        assertThat(unlocked).hasValue(0);
    }

    @Test
    void logOutForgetsWhatWasTypedAndHandsOver() {
        AtomicInteger out = new AtomicInteger();
        vm.setOnLogout(out::incrementAndGet);
        vm.password.set("half typed");
        vm.logout();
        assertThat(out).hasValue(1);
        assertThat(vm.password.get()).isEmpty();
        assertThat(unlocked).hasValue(0);
    }
}
