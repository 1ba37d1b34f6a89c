package cat.teixit.gui.login;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
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
public final class LoginViewModel {

    /** Checks credentials (waiting for the local store if it is still opening). Called off the UI thread. */
    @FunctionalInterface
    public interface Authenticator {
        LoginResult login(String username, char[] password) throws Exception;
    }

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    private final ObjectProperty<String> demoHint = new SimpleObjectProperty<>();
    private final BooleanBinding canSubmit;
    private final Authenticator authenticator;
    private final UiExecutor executor;
    private final Consumer<CurrentUser> onLoggedIn;

    public LoginViewModel(Authenticator authenticator, UiExecutor executor, Consumer<CurrentUser> onLoggedIn) {
        this.authenticator = authenticator;
        this.executor = executor;
        this.onLoggedIn = onLoggedIn;
        this.canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(), busy, username, password);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Translation key of the last refusal, or null. */
    public ObjectProperty<String> errorKeyProperty() {
        return errorKey;
    }

    /** The demo user name to show as a hint on demo stores, or null. */
    public ObjectProperty<String> demoHintProperty() {
        return demoHint;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public void submit() {
        if (!canSubmit.get()) {
            errorKey.set(username.get().isBlank() || password.get().isEmpty() ? "login.error.empty" : null);
            return;
        }
        busy.set(true);
        errorKey.set(null);
        String user = username.get();
        char[] pw = password.get().toCharArray();
        executor.run(() -> authenticator.login(user, pw), result -> {
            busy.set(false);
            switch (result) {
                case LoginResult.Success s -> {
                    password.set("");
                    onLoggedIn.accept(s.user());
                }
                case LoginResult.Refused r -> {
                    password.set("");
                    errorKey.set(switch (r.reason()) {
                        case EMPTY_FIELDS -> "login.error.empty";
                        case BAD_CREDENTIALS -> "login.error.credentials";
                        case ACCOUNT_DISABLED -> "login.error.disabled";
                        case TOO_MANY_ATTEMPTS -> "login.error.locked";
                        case SERVER_UNREACHABLE -> "login.error.offlineFirst";
                        case UPGRADE_REQUIRED -> "login.error.upgrade";
                        case OTHER_TEAM_UNSENT -> "login.error.otherTeamUnsent";
                    });
                }
            }
        }, failure -> {
            busy.set(false);
            errorKey.set("login.error.unavailable");
        });
    }
}
