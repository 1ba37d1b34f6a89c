package cat.teixit.gui.login;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.CredentialForm;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State and commands of the login screen; no nodes, testable without the toolkit. Use from the FX thread. */
public final class LoginViewModel extends CredentialForm {

    /** Checks credentials (waiting for the local store if it is still opening). Called off the UI thread. */
    @FunctionalInterface
    public interface Authenticator {
        LoginResult login(String username, char[] password) throws Exception;
    }

    /** Sets the user's own password after a login that asked for it (the auth service); clears the arrays. */
    @FunctionalInterface
    public interface PasswordChanger {
        CurrentUser change(char[] current, char[] next, char[] repeat) throws Exception;
    }

    public final StringProperty username = new SimpleStringProperty("");
    /** The demo user name to show as a hint on demo stores, or null. */
    public final ObjectProperty<String> demoHint = new SimpleObjectProperty<>();
    public final BooleanBinding canSubmit;
    private final Authenticator authenticator;
    private final UiExecutor executor;
    private final Consumer<CurrentUser> onLoggedIn;
    private final PasswordChanger changer;
    /** True after a login with a password someone else set: a new one must be chosen before going on. */
    public final BooleanProperty changeRequired = new SimpleBooleanProperty();
    public final StringProperty newPassword = new SimpleStringProperty("");
    public final StringProperty repeatPassword = new SimpleStringProperty("");
    /** Why the new password was refused (a translation key and its arguments), or null. */
    public final ObjectProperty<ValidationErrors.Problem> changeError = new SimpleObjectProperty<>();
    /** The password typed at login, kept only while a new one must be chosen (it is the current one). */
    private char[] typedAtLogin;

    public LoginViewModel(Authenticator authenticator, UiExecutor executor, Consumer<CurrentUser> onLoggedIn) {
        this(authenticator, (c, n, r) -> {
            throw new IllegalStateException("no password change here");
        }, executor, onLoggedIn);
    }

    public LoginViewModel(Authenticator authenticator, PasswordChanger changer, UiExecutor executor,
            Consumer<CurrentUser> onLoggedIn) {
        this.authenticator = authenticator;
        this.changer = changer;
        this.executor = executor;
        this.onLoggedIn = onLoggedIn;
        this.canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(), busy, username, password);
    }

    /** Sets the new password; on success the login completes. */
    public void submitNewPassword() {
        if (busy.get() || !changeRequired.get()) {
            return;
        }
        changeError.set(null);
        char[] current = typedAtLogin.clone();
        char[] next = newPassword.get().toCharArray();
        char[] repeat = repeatPassword.get().toCharArray();
        Background.whileBusy(executor, busy, () -> changer.change(current, next, repeat), user -> {
            forgetChange();
            onLoggedIn.accept(user);
        }, failure -> {
            newPassword.set("");
            repeatPassword.set("");
            if (failure instanceof ValidationException v) {
                ValidationErrors.Problem p = v.errors().byField().values().iterator().next();
                changeError.set(p);
            } else {
                changeError.set(new ValidationErrors.Problem("login.error.unavailable"));
            }
        });
    }

    /** Back to the login fields (the user gives up choosing a password now). */
    public void cancelChange() {
        forgetChange();
    }

    private void forgetChange() {
        if (typedAtLogin != null) {
            Arrays.fill(typedAtLogin, '\0');
            typedAtLogin = null;
        }
        changeRequired.set(false);
        newPassword.set("");
        repeatPassword.set("");
        changeError.set(null);
    }

    public void submit() {
        if (!canSubmit.get()) {
            errorKey.set(username.get().isBlank() || password.get().isEmpty() ? "login.error.empty" : null);
            return;
        }
        errorKey.set(null);
        String user = username.get();
        char[] pw = password.get().toCharArray();
        char[] kept = pw.clone();
        Background.whileBusy(executor, busy, () -> authenticator.login(user, pw), result -> {
            switch (result) {
                case LoginResult.Success s when s.mustChangePassword() -> {
                    password.set("");
                    typedAtLogin = kept;
                    changeRequired.set(true);
                }
                case LoginResult.Success s -> {
                    password.set("");
                    Arrays.fill(kept, '\0');
                    onLoggedIn.accept(s.user());
                }
                case LoginResult.Refused r -> {
                    password.set("");
                    Arrays.fill(kept, '\0');
                    errorKey.set(switch (r.reason()) {
                        case EMPTY_FIELDS -> "login.error.empty";
                        case BAD_CREDENTIALS -> "login.error.credentials";
                        case ACCOUNT_DISABLED -> "login.error.disabled";
                        case TOO_MANY_ATTEMPTS -> "login.error.locked";
                        case SERVER_UNREACHABLE -> "login.error.offlineFirst";
                        case UPGRADE_REQUIRED -> "login.error.upgrade";
                        case OTHER_TEAM_UNSENT -> "login.error.otherTeamUnsent";
                        case NO_KEY_HERE -> "login.error.noKeyHere";
                        case PASSWORD_NOT_HERE_OFFLINE -> "login.error.passwordNotHereOffline";
                    });
                }
            }
        }, failure -> {
            Arrays.fill(kept, '\0');
            errorKey.set("login.error.unavailable");
        });
    }
}
