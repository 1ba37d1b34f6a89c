package cat.teixit.gui.directory;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.directory.DirectoryService;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The administrator's form for a directory entry: its fields in order (the category after the administration; the
 * name takes the focus), save and cancel, then what was said. Use from the FX thread.
 */
final class EntryFormPane {

    private EntryFormPane() {
    }

    /** The form of {@code vm}, with {@code messages} (the screen's error and notice lines) under its buttons. */
    static Node of(EntryFormViewModel vm, I18n i18n, Node messages) {
        GridPane g = new GridPane(10, 6);
        int row = 0;
        for (String f : EntryFormViewModel.FIELDS) {
            TextInputControl input = f.equals("audience") || f.equals("requirements") || f.equals("openingHours")
                    ? area() : new TextField();
            input.setId("directory-form-" + f);
            input.textProperty().bindBidirectional(vm.field(f));
            Label label = new Label(i18n.t(fieldKey(f)));
            label.setLabelFor(input);
            g.addRow(row++, label, input);
            GridPane.setHgrow(input, Priority.ALWAYS);
            if (f.equals("administration")) {
                ComboBox<String> category = new ComboBox<>(FXCollections.observableArrayList(
                        DirectoryService.CATEGORIES));
                category.setId("directory-form-category");
                category.setConverter(Choices.shown(code -> i18n.t(DirectoryService.categoryKey(code))));
                category.valueProperty().bindBidirectional(vm.formCategory);
                g.addRow(row++, new Label(i18n.t("directory.field.category")), category);
            }
        }
        Button save = Buttons.action(i18n, "directory-save", "directory.save", vm::save);
        save.getStyleClass().add(Styles.ACCENT);
        Button cancel = Buttons.action(i18n, "directory-cancel", "directory.cancel", vm::cancelEdit);
        Platform.runLater(() -> g.getChildren().stream().filter(n -> "directory-form-name".equals(n.getId()))
                .findFirst().ifPresent(Node::requestFocus));
        return new VBox(10, g, new HBox(8, save, cancel), messages);
    }

    private static TextArea area() {
        TextArea a = Focus.tabLeaves(new TextArea());
        a.setPrefRowCount(2);
        a.setWrapText(true);
        return a;
    }

    /** The label's key of a field (each named in full: the bundles' test finds the keys the code uses). */
    private static String fieldKey(String field) {
        return switch (field) {
            case "name" -> "directory.field.name";
            case "administration" -> "directory.field.administration";
            case "audience" -> "directory.field.audience";
            case "requirements" -> "directory.field.requirements";
            case "address" -> "directory.field.address";
            case "municipality" -> "directory.field.municipality";
            case "openingHours" -> "directory.field.openingHours";
            case "phone" -> "directory.field.phone";
            case "email" -> "directory.field.email";
            case "web" -> "directory.field.web";
            case "latitude" -> "directory.field.latitude";
            default -> "directory.field.longitude";
        };
    }
}
