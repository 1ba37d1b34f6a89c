package cat.teixit.gui.login;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.CredentialControls;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.auth.PasswordRules;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.settings.Language;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login screen: user name, password, language. Use from the FX thread. */
public final class LoginView extends NodeView<StackPane> {

    private final TextField username = new TextField();
    private final PasswordField password;
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();

    public LoginView(LoginViewModel vm, I18n i18n, java.util.function.Consumer<Language> onLanguage) {
        super(new StackPane());
        Label title = new Label();
        title.textProperty().bind(i18n.bind("app.name"));
        title.getStyleClass().addAll(Styles.TITLE_1);
        Label tagline = new Label();
        tagline.textProperty().bind(i18n.bind("app.tagline"));
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        tagline.setWrapText(true);

        Label userLabel = CredentialControls.fieldLabel(i18n, "login.username", username);
        username.setId("login-username");
        username.textProperty().bindBidirectional(vm.username);

        CredentialControls.PasswordRow row = CredentialControls.passwordRow(vm, i18n, "login", "login.submit",
                vm::submit);
        password = row.field();
        row.submit().defaultButtonProperty().bind(vm.changeRequired.not());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busy);

        Label demo = new Label();
        demo.setId("login-demo-hint");
        demo.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        demo.setWrapText(true);
        demo.textProperty().bind(i18n.bindWith("login.demo.hint", vm.demoHint));
        demo.managedProperty().bind(demo.textProperty().isNotEmpty());
        demo.visibleProperty().bind(demo.managedProperty());

        ComboBox<Language> language = Choices.translated(i18n, "login-language", EnumLabels::language,
                Language.values());
        language.setValue(i18n.language());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onLanguage.accept(now);
            }
        });
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.bind("login.language"));
        languageLabel.setLabelFor(language);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, languageLabel, language, spacer, spinner);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox fields = new VBox(10, userLabel, username, row.label(), password, row.error(), row.submit(), demo);
        VBox change = changePanel(vm, i18n);
        fields.visibleProperty().bind(vm.changeRequired.not());
        fields.managedProperty().bind(fields.visibleProperty());
        change.visibleProperty().bind(vm.changeRequired);
        change.managedProperty().bind(change.visibleProperty());
        vm.changeRequired.addListener((o, was, now) -> (now ? newPassword : username).requestFocus());
        vm.changeError.addListener((o, was, now) -> {
            if (now != null) {
                newPassword.requestFocus();
            }
        });

        CredentialControls.card(root, title, tagline, new Region(), fields, change, footer);
    }

    /** Choosing a new password after a login with one someone else set. */
    private VBox changePanel(LoginViewModel vm, I18n i18n) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("password.change.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label rules = new Label();
        rules.setId("login-change-rules");
        rules.textProperty().bind(i18n.bind("password.change.rules", PasswordRules.MIN_LENGTH));
        rules.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rules.setWrapText(true);
        Label newLabel = CredentialControls.fieldLabel(i18n, "password.change.new", newPassword);
        newPassword.setId("login-new-password");
        newPassword.textProperty().bindBidirectional(vm.newPassword);
        Label repeatLabel = CredentialControls.fieldLabel(i18n, "password.change.repeat", repeatPassword);
        repeatPassword.setId("login-repeat-password");
        repeatPassword.textProperty().bindBidirectional(vm.repeatPassword);
        Label error = CredentialControls.errorLabel("login-change-error", Bindings.createStringBinding(() -> {
            ValidationErrors.Problem p = vm.changeError.get();
            return p == null ? "" : i18n.t(p.key(), p.args());
        }, vm.changeError, i18n.shownLanguage()));
        Button save = CredentialControls.primaryButton("login-change-submit", i18n, "password.change.submit",
                vm.busy, vm::submitNewPassword);
        save.defaultButtonProperty().bind(vm.changeRequired);
        Button cancel = CredentialControls.flatButton("login-change-cancel", i18n, "password.change.cancel",
                vm::cancelChange);
        return new VBox(10, heading, rules, newLabel, newPassword, repeatLabel, repeatPassword, error, save, cancel);
    }

    @Override
    protected void onShown() {
        username.requestFocus();
    }
}
