package cat.teixit.gui.settings;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Theme;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings area: language, appearance, the idle lock, where the data lives. Use from the FX thread. */
public final class SettingsView extends NodeView<ScrollPane> {


    public SettingsView(SettingsViewModel vm, I18n i18n) {
        super(new ScrollPane());
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(i18n.bind("settings.title"));

        ComboBox<Language> language = combo("settings-language", Language.values(), l -> i18n.t(EnumLabels.language(l)), i18n);
        language.valueProperty().bindBidirectional(vm.language);
        ComboBox<Theme> theme = combo("settings-theme", Theme.values(), t -> i18n.t(EnumLabels.theme(t)), i18n);
        theme.valueProperty().bindBidirectional(vm.theme);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        language.disableProperty().bind(vm.languageManaged);
        theme.disableProperty().bind(vm.themeManaged);
        grid.addRow(0, label(i18n, "settings.language", language), managedRow(language, vm.languageManaged.get(),
                "settings-language-note", i18n));
        grid.addRow(1, label(i18n, "settings.theme", theme), managedRow(theme, vm.themeManaged.get(),
                "settings-theme-note", i18n));
        Spinner<Integer> idle = new Spinner<>(SettingsViewModel.minIdleMinutes(), SettingsViewModel.maxIdleMinutes(),
                vm.idleMinutes.get());
        idle.setId("settings-idle-minutes");
        idle.setEditable(true);
        idle.setPrefWidth(110);
        idle.disableProperty().bind(vm.idleEditable.not());
        // The field follows the saved value (a refused one goes back); a typed value is saved when committed.
        vm.idleMinutes.addListener((o, old, now) -> idle.getValueFactory().setValue(now.intValue()));
        idle.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.setIdleMinutes(now);
            }
        });
        idle.getEditor().setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        Label idleNote = new Label();
        idleNote.setId("settings-idle-note");
        idleNote.getStyleClass().add(Styles.TEXT_MUTED);
        idleNote.setWrapText(true);
        idleNote.textProperty().bind(Bindings.createStringBinding(() -> {
            String error = vm.idleErrorKey.get();
            if (error != null) {
                return i18n.t(error, SettingsViewModel.minIdleMinutes(), SettingsViewModel.maxIdleMinutes());
            }
            if (vm.idleManagedBySystem.get()) {
                return i18n.t(SettingsViewModel.MANAGED_NOTE);
            }
            return i18n.t(vm.idleEditable.get() ? "settings.idleLock.hint" : "settings.idleLock.managed");
        }, vm.idleErrorKey, vm.idleEditable, vm.idleManagedBySystem, i18n.shownLanguage()));
        HBox idleRow = new HBox(12, idle, idleNote);
        idleRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, label(i18n, "settings.idleLock", idle), idleRow);
        Label dataDir = new Label(vm.dataDir().toAbsolutePath().toString());
        dataDir.setId("settings-data-dir");
        dataDir.getStyleClass().add(Styles.TEXT_MUTED);
        grid.addRow(3, label(i18n, "settings.dataDir", dataDir), dataDir);
        Label version = new Label(vm.version());
        grid.addRow(4, label(i18n, "settings.version", version), version);

        VBox content = new VBox(20, title, grid);
        content.setPadding(new Insets(24));
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("settings-view");
    }

    /** The control, followed by the managed note when the managed settings file fixes its value. */
    private static Node managedRow(Node control, boolean managed, String noteId, I18n i18n) {
        if (!managed) {
            return control;
        }
        Label note = new Label();
        note.setId(noteId);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(i18n.bind(SettingsViewModel.MANAGED_NOTE));
        HBox row = new HBox(12, control, note);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
}
