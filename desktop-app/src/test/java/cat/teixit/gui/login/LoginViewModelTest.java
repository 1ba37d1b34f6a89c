package cat.teixit.gui.login;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.model.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {

    private final List<CurrentUser> loggedIn = new ArrayList<>();
    private final CurrentUser laia = new CurrentUser(UUID.randomUUID(), "laia", "Laia Puig", Set.of(Role.SOCIAL_WORKER),
            UUID.randomUUID(), "EBASP", "ABSS", "GIR-N");

    private LoginViewModel vm(LoginViewModel.Authenticator auth) {
        return new LoginViewModel(auth, new SameThreadUiExecutor(), loggedIn::add);
    }

    @Test
    void emptyFieldsSayWhatIsMissingWithoutCallingTheStore() {
        LoginViewModel vm = vm((u, p) -> {
            throw new AssertionError("must not be called");
        });
        vm.submit();
        assertThat(vm.errorKey.get()).isEqualTo("login.error.empty");
        assertThat(vm.canSubmit.get()).isFalse();
    }

    @Test
    void successHandsTheUserOnAndClearsThePassword() {
        LoginViewModel vm = vm((u, p) -> new LoginResult.Success(laia));
        vm.username.set("laia");
        vm.password.set("secret");
        vm.submit();
        assertThat(loggedIn).containsExactly(laia);
        assertThat(vm.password.get()).isEmpty();
        assertThat(vm.busy.get()).isFalse();
    }

    @Test
    void refusalShowsATranslatedReasonAndKeepsTheUserName() {
        LoginViewModel vm = vm((u, p) -> new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        vm.username.set("laia");
        vm.password.set("wrong");
        vm.submit();
        assertThat(vm.errorKey.get()).isEqualTo("login.error.credentials");
        assertThat(vm.username.get()).isEqualTo("laia");
        assertThat(vm.password.get()).isEmpty();
        assertThat(loggedIn).isEmpty();
    }

    @Test
    void aStoreFailureBecomesAMessageNotACrash() {
        LoginViewModel vm = vm((u, p) -> {
            throw new IllegalStateException("disk gone");
        });
        vm.username.set("laia");
        vm.password.set("x");
        vm.submit();
        assertThat(vm.errorKey.get()).isEqualTo("login.error.unavailable");
        assertThat(vm.busy.get()).isFalse();
    }
}
