package cat.teixit.gui.groups;

import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Focus;
import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The form of a new group activity, in a tab; Ctrl+Enter or the button saves. Thin: the view model checks. */
final class ActivityFormView implements View {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ActivityFormViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox root;
    private final TextField first;
    private int row;

    ActivityFormView(ActivityFormViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        grid.setHgap(12);
        grid.setVgap(8);
        first = field("group-form-programme", "groups.form.programme", new TextField(), vm.programme);
        field("group-form-title", "groups.form.title", new TextField(), vm.title);
        TextArea description = Focus.tabLeaves(new TextArea());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        field("group-form-description", "groups.form.description", description, vm.description);
        field("group-form-target", "groups.form.target", new TextField(), vm.targetGroup);
        field("group-form-capacity", "groups.form.capacity", new TextField(), vm.capacity);
        field("group-form-place", "groups.form.place", new TextField(), vm.place);
        field("group-form-facilitators", "groups.form.facilitators", new TextField(), vm.facilitators);
        DatePicker starts = Fields.date(i18n, "group-form-starts", vm.startsOn);
        DatePicker ends = Fields.date(i18n, "group-form-ends", vm.endsOn);
        row("groups.form.startsOn", starts);
        row("groups.form.endsOn", ends);
        FlowPane days = new FlowPane(8, 4);
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, i18n.language().locale()));
            box.setId("group-form-day-" + d.name().toLowerCase(java.util.Locale.ROOT));
            box.setSelected(vm.weekdays.contains(d));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    vm.weekdays.add(d);
                } else {
                    vm.weekdays.remove(d);
                }
            });
            days.getChildren().add(box);
        }
        row("groups.form.weekdays", days);
        TextField startTime = field("group-form-start-time", "groups.form.startTime", new TextField(), vm.startTime);
        TextField endTime = field("group-form-end-time", "groups.form.endTime", new TextField(), vm.endTime);
        TextField exceptions = field("group-form-exceptions", "groups.form.exceptions", new TextField(), vm.exceptions);
        // An activity's dates and schedule are fixed once its sessions exist: a session is added or cancelled.
        if (vm.editing()) {
            for (Node n : java.util.List.of(starts, ends, days, startTime, endTime, exceptions)) {
                n.setDisable(true);
            }
        }

        Button save = new Button();
        save.setId("group-form-save");
        save.textProperty().bind(i18n.bind(vm.editing() ? "groups.form.saveChanges" : "groups.form.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.saving);
        save.setOnAction(e -> vm.save());
        Label error = new Label();
        error.setId("group-form-errors");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorText);
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind(vm.editing() ? "groups.form.edit" : "groups.form.new"));
        heading.getStyleClass().add(Styles.TITLE_4);
        root = new VBox(10, heading, grid, error, save);
        root.setId("group-activity-form");
        root.setPadding(new Insets(12));
        root.setOnKeyPressed(k -> {
            if (SAVE.match(k)) {
                vm.save();
                k.consume();
            }
        });
    }

    private <T extends TextInputControl> T field(String id, String key, T control, StringProperty value) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        row(key, control);
        return control;
    }

    private void row(String key, Node control) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.setLabelFor(control);
        grid.addRow(row++, label, control);
    }

    @Override
    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    @Override
    public void activate() {
        Focus.whenShown(first);
    }
}
