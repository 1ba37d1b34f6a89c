package cat.teixit.gui.groups;

import cat.teixit.gui.common.Focus;
import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.groups.GroupActivityService.AttendanceLine;
import cat.teixit.model.groups.AttendanceMark;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A session's attendance, built for the keyboard: Up and Down move between participants; P, A and J mark present,
 * absent and excused (and move on); N edits the note (Enter keeps it, Escape leaves it); Ctrl+S saves the whole
 * session. Thin: the view model holds the state.
 */
final class AttendanceView extends NodeView<BorderPane> {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AttendanceViewModel vm;
    private final I18n i18n;
    private final ListView<AttendanceLine> list = new ListView<>();
    private final TextField note = new TextField();
    private boolean syncing;
    /** The N that opened the note is typed into whatever has the focus next: the note field must not take it. */
    private boolean swallowN;

    AttendanceView(AttendanceViewModel vm, I18n i18n, String title) {
        super(new BorderPane());
        this.vm = vm;
        this.i18n = i18n;
        root.setId("attendance-view");
        Label head = new Label(title);
        head.getStyleClass().add(Styles.TITLE_4);
        Label help = new Label();
        help.textProperty().bind(i18n.bind("groups.attendance.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        Label counts = new Label();
        counts.setId("attendance-counts");
        Label status = new Label();
        status.setId("attendance-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.errorText.get() != null
                ? vm.errorText.get() : vm.dirty.get() ? i18n.t("groups.attendance.unsaved")
                        : vm.saved.get() ? i18n.t("groups.attendance.saved") : "",
                vm.errorText, vm.dirty, vm.saved, i18n.languageProperty()));
        Runnable count = () -> counts.setText(i18n.t("groups.attendance.counts", vm.count(AttendanceMark.PRESENT),
                vm.count(AttendanceMark.ABSENT), vm.count(AttendanceMark.EXCUSED), vm.lines.size()));
        vm.lines.addListener((ListChangeListener<AttendanceLine>) c -> count.run());

        list.setId("attendance-list");
        list.setItems(vm.lines);
        list.setCellFactory(lv -> new LineCell());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncing) {
                vm.selected.set(i.intValue());
            }
        });
        vm.selected.addListener((o, a, i) -> select(i.intValue()));
        vm.lines.addListener((ListChangeListener<AttendanceLine>) c -> select(vm.selected.get()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyOnList);

        note.setId("attendance-note");
        note.promptTextProperty().bind(i18n.bind("groups.attendance.notePrompt"));
        note.addEventFilter(KeyEvent.KEY_TYPED, k -> {
            if (swallowN && "n".equalsIgnoreCase(k.getCharacter())) {
                k.consume();
            }
            swallowN = false;
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) {
                vm.note(note.getText());
                list.requestFocus();
                k.consume();
            } else if (k.getCode() == KeyCode.ESCAPE) {
                list.requestFocus();
                k.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (SAVE.match(k)) {
                vm.save();
                k.consume();
            }
        });

        HBox foot = new HBox(12, counts, status);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, head, help);
        root.setTop(top);
        root.setCenter(list);
        root.setBottom(new VBox(8, note, foot));
        BorderPane.setMargin(list, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        count.run();
    }

    private void keyOnList(KeyEvent k) {
        if (k.isShortcutDown() || k.isAltDown()) {
            return;
        }
        AttendanceMark mark = switch (k.getCode()) {
            case P -> AttendanceMark.PRESENT;
            case A -> AttendanceMark.ABSENT;
            case J -> AttendanceMark.EXCUSED;
            default -> null;
        };
        if (mark != null) {
            vm.mark(mark);
            k.consume();
        } else if (k.getCode() == KeyCode.N && list.getSelectionModel().getSelectedItem() != null) {
            AttendanceLine l = list.getSelectionModel().getSelectedItem();
            note.setText(l.note() == null ? "" : l.note());
            swallowN = true;
            note.requestFocus();
            note.selectAll();
            k.consume();
        }
    }

    private void select(int i) {
        syncing = true;
        try {
            if (i >= 0 && i < list.getItems().size()) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
        } finally {
            syncing = false;
        }
    }

    @Override
    protected void onShown() {
        Focus.whenShown(list);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.dirty.get();
    }

    /** One participant: their name and case number, their mark and note. */
    private final class LineCell extends ListCell<AttendanceLine> {
        @Override
        protected void updateItem(AttendanceLine l, boolean empty) {
            super.updateItem(l, empty);
            getStyleClass().removeAll("attendance-present", "attendance-absent", "attendance-excused");
            if (empty || l == null) {
                setText(null);
                return;
            }
            StringBuilder sb = new StringBuilder(l.mark() == null ? "—" : i18n.t(EnumLabels.attendanceMark(l.mark())))
                    .append("   ").append(l.personName());
            if (l.caseNumber() != null) {
                sb.append(" · ").append(l.caseNumber());
            }
            if (l.note() != null) {
                sb.append("\n    ").append(l.note());
            }
            setText(sb.toString());
            if (l.mark() != null) {
                getStyleClass().add("attendance-" + l.mark().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
