package cat.teixit.gui.shell;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.CredentialControls;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The locked session: an opaque page over the window (nothing of the work shows through) with the user's name
 * and a password field; or log out, for someone else to log in. Use from the FX thread.
 */
public final class LockView extends NodeView<StackPane> {

    private final PasswordField password;
    private final LockViewModel vm;

    public LockView(LockViewModel vm, I18n i18n, String displayName) {
        super(new StackPane());
        this.vm = vm;
        Label title = new Label();
        title.textProperty().bind(i18n.bind("lock.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label who = new Label();
        who.setId("lock-user");
        who.textProperty().bind(i18n.bind("lock.message", displayName));
        who.setWrapText(true);

        CredentialControls.PasswordRow row = CredentialControls.passwordRow(vm, i18n, "lock", "lock.submit",
                vm::unlock);
        password = row.field();
        row.submit().setDefaultButton(true);
        Button logout = CredentialControls.flatButton("lock-logout", i18n, "header.menu.logout", vm::logout);
        CredentialControls.card(root, title, who, new Region(), row.label(), password, row.error(), row.submit(),
                logout);
        root.setId("lock-view");
    }

    @Override
    protected void onShown() {
        vm.reset();
        password.requestFocus();
    }
}
