package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.FormErrorLabel;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.model.casefile.InterventionKind;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inline "new intervention" form above the history (no dialog: it is routine work).
 * Ctrl+Enter in the note, or Ctrl+S in any of its fields (as in the other forms), saves. Use from the FX thread.
 */
final class InterventionEditor {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_AS_ELSEWHERE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final VBox root = new VBox(6);
    private final TextArea notes = Focus.tabLeaves(new TextArea());
    private final ComboBox<CaseFileDetails.Member> person = new ComboBox<>();
    private final I18n i18n;

    InterventionEditor(InterventionFormViewModel vm, I18n i18n) {
        this.i18n = i18n;
        ComboBox<InterventionKind> kind = new ComboBox<>();
        kind.setId("intervention-kind");
        kind.getItems().setAll(InterventionKind.values());
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setCellFactory(lv -> kindCell());
        kind.setButtonCell(kindCell());

        DatePicker date = Fields.date(i18n, "intervention-date", vm.date);
        date.setPrefWidth(130);
        TextField time = Fields.text("intervention-time", vm.time);
        time.setPrefColumnCount(5);
        TextField duration = Fields.text("intervention-duration", vm.duration);
        duration.setPrefColumnCount(4);
        duration.promptTextProperty().bind(i18n.bind("intervention.duration.prompt"));

        person.setId("intervention-person");
        person.promptTextProperty().bind(i18n.bind("intervention.person.household"));
        person.setCellFactory(lv -> memberCell());
        person.setButtonCell(memberCell());
        person.valueProperty().addListener((o, a, m) -> vm.personId.set(m == null ? null : m.personId()));

        CheckBox confidential = new CheckBox();
        confidential.setId("intervention-confidential");
        confidential.textProperty().bind(i18n.bind("intervention.confidential"));
        confidential.selectedProperty().bindBidirectional(vm.confidential);
        confidential.setTooltip(i18n.tooltip("intervention.confidential.tooltip"));

        // No labels in the row (it must fit a 1366-pixel laptop): each control names itself.
        kind.accessibleTextProperty().bind(i18n.bind("intervention.kind"));
        date.accessibleTextProperty().bind(i18n.bind("intervention.date"));
        time.accessibleTextProperty().bind(i18n.bind("intervention.time"));
        duration.accessibleTextProperty().bind(i18n.bind("intervention.duration"));
        for (var c : java.util.List.<javafx.scene.control.Control>of(kind, date, time, duration)) {
            Tooltip t = new Tooltip();
            t.textProperty().bind(c.accessibleTextProperty());
            c.setTooltip(t);
        }
        date.setPrefWidth(140);
        HBox fields = new HBox(8, kind, date, time, duration, person, confidential);
        fields.setAlignment(Pos.CENTER_LEFT);

        notes.setId("intervention-notes");
        notes.setWrapText(true);
        // Small until used, so the history keeps the room; it grows while the professional writes.
        notes.setPrefRowCount(2);
        notes.focusedProperty().addListener((o, was, now) -> notes.setPrefRowCount(now || !notes.getText().isBlank() ? 4 : 2));
        notes.promptTextProperty().bind(i18n.bind("intervention.notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notes);

        Label errors = FormErrorLabel.of("intervention-errors", i18n, vm.errors, vm.failureKey,
                InterventionEditor::fieldKey);

        Label draft = new Label();
        draft.setId("intervention-draft-restored");
        draft.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        draft.textProperty().bind(i18n.bind("intervention.draftRestored"));
        draft.visibleProperty().bind(vm.draftRestored);
        draft.managedProperty().bind(vm.draftRestored);

        Button save = Buttons.action(i18n, "intervention-save", "intervention.save", AppIcon.SAVE, vm::save);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.canSave.not());
        Tooltip saveTip = new Tooltip();
        saveTip.textProperty().bind(Bindings.createStringBinding(() -> vm.canSave.get()
                ? i18n.t("intervention.save.tooltip", SAVE.getDisplayText() + ", " + SAVE_AS_ELSEWHERE.getDisplayText())
                : i18n.t("intervention.save.disabled"), vm.canSave, i18n.shownLanguage()));
        save.setTooltip(saveTip);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if ((SAVE.match(k) && k.getTarget() == notes) || SAVE_AS_ELSEWHERE.match(k)) {
                if (vm.canSave.get()) {
                    vm.save();
                }
                k.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, draft, spacer, save);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(i18n.bind("intervention.new"));
        root.getChildren().addAll(title, fields, notes, errors, actions);
        root.getStyleClass().add("card");
        root.setPadding(new Insets(10));
    }

    private static String fieldKey(String field) {
        return switch (field) {
            case "kind" -> "intervention.kind";
            case "date" -> "intervention.date";
            case "time" -> "intervention.time";
            case "duration" -> "intervention.duration";
            case "notes" -> "intervention.notes";
            default -> "form.field.other";
        };
    }

    private ListCell<InterventionKind> kindCell() {
        return Choices.cell(k -> i18n.t(EnumKeys.interventionKind(k)));
    }

    private ListCell<CaseFileDetails.Member> memberCell() {
        return Choices.cell(CaseFileDetails.Member::displayName, () -> i18n.t("intervention.person.household"));
    }

    /** Offers the household's current members as "who the intervention was with". */
    void setMembers(java.util.List<CaseFileDetails.Member> members) {
        UUID selected = person.getValue() == null ? null : person.getValue().personId();
        person.getItems().setAll(members);
        person.getItems().addFirst(null);
        members.stream().filter(m -> m.personId().equals(selected)).findFirst().ifPresent(person::setValue);
    }

    Node node() {
        return root;
    }

    void focusNotes() {
        cat.teixit.gui.common.Focus.whenShown(notes);
    }
}
