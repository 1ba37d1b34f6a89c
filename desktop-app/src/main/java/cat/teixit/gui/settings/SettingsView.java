package cat.teixit.gui.settings;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Theme;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Settings area: language, appearance, where the data lives. Use from the FX thread. */
public final class SettingsView implements View {

    private final ScrollPane root;

    public SettingsView(SettingsViewModel vm, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(i18n.bind("settings.title"));

        ComboBox<Language> language = combo("settings-language", Language.values(), l -> i18n.t(EnumLabels.language(l)), i18n);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<Theme> theme = combo("settings-theme", Theme.values(), t -> i18n.t(EnumLabels.theme(t)), i18n);
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        grid.addRow(0, label(i18n, "settings.language", language), language);
        grid.addRow(1, label(i18n, "settings.theme", theme), theme);
        Label dataDir = new Label(vm.dataDir().toAbsolutePath().toString());
        dataDir.setId("settings-data-dir");
        dataDir.getStyleClass().add(Styles.TEXT_MUTED);
        grid.addRow(2, label(i18n, "settings.dataDir", dataDir), dataDir);
        Label version = new Label(vm.version());
        grid.addRow(3, label(i18n, "settings.version", version), version);

        VBox content = new VBox(20, title, grid);
        content.setPadding(new Insets(24));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settings-view");
    }

    private static Label label(I18n i18n, String key, Node target) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(target);
        return l;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> text, I18n i18n) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> text.apply(item), i18n.shownLanguage()));
                }
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    @Override
    public Node node() {
        return root;
    }
}
