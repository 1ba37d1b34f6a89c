package cat.teixit.gui.login;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.logic.settings.Language;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.util.StringConverter;

/** The login screen: user name, password, language. Use from the FX thread. */
public final class LoginView implements View {

    private final StackPane root = new StackPane();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel vm, I18n i18n, java.util.function.Consumer<Language> onLanguage) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("app.name"));
        title.getStyleClass().addAll(Styles.TITLE_1);
        Label tagline = new Label();
        tagline.textProperty().bind(i18n.bind("app.tagline"));
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        tagline.setWrapText(true);

        Label userLabel = new Label();
        userLabel.textProperty().bind(i18n.bind("login.username"));
        userLabel.setLabelFor(username);
        username.setId("login-username");
        username.textProperty().bindBidirectional(vm.usernameProperty());

        Label pwLabel = new Label();
        pwLabel.textProperty().bind(i18n.bind("login.password"));
        pwLabel.setLabelFor(password);
        password.setId("login-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorKeyProperty().get() == null ? "" : i18n.t(vm.errorKeyProperty().get()),
                vm.errorKeyProperty(), i18n.shownLanguage()));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Button submit = new Button();
        submit.setId("login-submit");
        submit.textProperty().bind(i18n.bind("login.submit"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());

        Label demo = new Label();
        demo.setId("login-demo-hint");
        demo.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        demo.setWrapText(true);
        demo.textProperty().bind(Bindings.createStringBinding(
                () -> vm.demoHintProperty().get() == null ? "" : i18n.t("login.demo.hint", vm.demoHintProperty().get()),
                vm.demoHintProperty(), i18n.shownLanguage()));
        demo.managedProperty().bind(demo.textProperty().isNotEmpty());
        demo.visibleProperty().bind(demo.managedProperty());

        ComboBox<Language> language = new ComboBox<>();
        language.setId("login-language");
        language.getItems().setAll(Language.values());
        language.setValue(i18n.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : i18n.t(EnumLabels.language(l));
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
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

        VBox card = new VBox(10, title, tagline, new Region(), userLabel, username, pwLabel, password, error, submit,
                demo, footer);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(380);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        username.requestFocus();
    }
}
