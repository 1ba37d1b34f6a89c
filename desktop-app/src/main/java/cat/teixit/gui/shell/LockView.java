package cat.teixit.gui.shell;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.CredentialControls;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The locked session: an opaque page over the window (nothing of the work shows through) with the user's name
 * and a password field; or log out, for someone else to log in. Use from the FX thread.
 */
public final class LockView implements View {

    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();
    private final LockViewModel vm;

    public LockView(LockViewModel vm, I18n i18n, String displayName) {
        this.vm = vm;
        Label title = new Label();
        title.textProperty().bind(i18n.bind("lock.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label who = new Label();
        who.setId("lock-user");
        who.textProperty().bind(i18n.bind("lock.message", displayName));
        who.setWrapText(true);

        Label pwLabel = CredentialControls.fieldLabel(i18n, "login.password", password);
        password.setId("lock-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        Label error = CredentialControls.errorLabel("lock-error",
                CredentialControls.translated(vm.errorKeyProperty(), i18n));
        Button submit = CredentialControls.primaryButton("lock-submit", i18n, "lock.submit", vm.busyProperty(),
                vm::unlock);
        submit.setDefaultButton(true);
        Button logout = new Button();
        logout.setId("lock-logout");
        logout.textProperty().bind(i18n.bind("header.menu.logout"));
        logout.getStyleClass().add(Styles.FLAT);
        logout.setOnAction(e -> vm.logout());

        VBox card = new VBox(10, title, who, new Region(), pwLabel, password, error, submit, logout);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(380);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
        root.setId("lock-view");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        vm.reset();
        password.requestFocus();
    }
}
