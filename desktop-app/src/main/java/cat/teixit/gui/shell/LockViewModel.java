package cat.teixit.gui.shell;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.CredentialForm;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.UnlockResult;

/**
 * The lock screen: the password that opens the session again. The password is checked in the background; a
 * wrong one leaves the session locked with a translated message. Use from the FX thread.
 */
public final class LockViewModel extends CredentialForm {

    /** Checks the logged-in user's password (the auth service); clears it. */
    @FunctionalInterface
    public interface Unlocker {
        UnlockResult unlock(char[] password) throws Exception;
    }

    private final Unlocker unlocker;
    private final UiExecutor executor;
    private Runnable onUnlocked = () -> {
    };
    private Runnable onLogout = () -> {
    };

    public LockViewModel(Unlocker unlocker, UiExecutor executor) {
        this.unlocker = unlocker;
        this.executor = executor;
    }

    /** What happens once the password was right (the shell shows the window again). */
    public void setOnUnlocked(Runnable onUnlocked) {
        this.onUnlocked = onUnlocked;
    }

    /** What "log out" does (the application: leave the session, asking about unsaved work). */
    public void setOnLogout(Runnable onLogout) {
        this.onLogout = onLogout;
    }

    /** Someone else needs the workstation: the session ends (its unsaved work only after a confirmation). */
    public void logout() {
        password.set("");
        onLogout.run();
    }

    /** The screen is shown again: nothing typed before, no old message. */
    public void reset() {
        password.set("");
        errorKey.set(null);
    }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        if (password.get().isEmpty()) {
            errorKey.set("lock.error.empty");
            return;
        }
        errorKey.set(null);
        char[] typed = password.get().toCharArray();
        password.set("");
        Background.whileBusy(executor, busy, () -> unlocker.unlock(typed), result -> {
            switch (result) {
                case UNLOCKED -> onUnlocked.run();
                case WRONG_PASSWORD -> errorKey.set("lock.error.wrong");
                case TOO_MANY_ATTEMPTS -> errorKey.set("login.error.locked");
            }
        }, failure -> {
            errorKey.set("login.error.unavailable");
        });
    }
}
