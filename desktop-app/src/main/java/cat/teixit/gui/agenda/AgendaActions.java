package cat.teixit.gui.agenda;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.model.agenda.AppointmentStatus;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What can be done with the selected appointment, under the agenda's days: change or move it, attended, no-show,
 * cancelled (with a reason), its case file, the letter calling the person; then what the last action had to say.
 * Use from the FX thread.
 */
final class AgendaActions {

    private final AgendaViewModel vm;
    private final I18n i18n;
    private final VBox root;

    /** @param mayBook whether the user may book (the letter is a booking's) */
    AgendaActions(AgendaViewModel vm, I18n i18n, boolean mayBook, Consumer<AppointmentItem> edit,
            Consumer<UUID> openCaseFile) {
        this.vm = vm;
        this.i18n = i18n;
        Button change = Buttons.action(i18n, "agenda-edit", "agenda.edit",
                () -> vm.editableSelection().ifPresent(edit));
        Button attended = Buttons.action(i18n, "agenda-attended", "agenda.attended", vm::markAttended);
        Button noShow = Buttons.action(i18n, "agenda-noshow", "agenda.noShow", vm::markNoShow);
        Button cancel = Buttons.action(i18n, "agenda-cancel", "agenda.cancel", AppIcon.CLOSE, this::askCancel);
        for (Button b : List.of(change, attended, noShow, cancel)) {
            disableUnless(b, AppointmentItem::editable);
        }
        Button caseFile = Buttons.action(i18n, "agenda-open-case", "agenda.openCaseFile", AppIcon.CASE_FILES, () -> {
            AppointmentItem item = vm.selected.get();
            if (item != null && item.form().caseFileId() != null) {
                openCaseFile.accept(item.form().caseFileId());
            }
        });
        disableUnless(caseFile, a -> a.form().caseFileId() != null);
        Button letter = Buttons.action(i18n, "agenda-letter", "agenda.letter", vm::letter);
        disableUnless(letter, a -> a.form().caseFileId() != null && a.status() == AppointmentStatus.BOOKED && mayBook);
        Label notice = new Label();
        notice.setId("agenda-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> {
            AgendaViewModel.Notice n = vm.notice.get();
            return n == null ? "" : i18n.t(n.key(), n.arg());
        }, vm.notice));
        Label error = new Label();
        error.setId("agenda-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorText);
        HBox buttons = new HBox(8, change, attended, noShow, cancel, caseFile, letter);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // What an action has to say goes under the buttons: a long message never squeezes them.
        root = new VBox(4, buttons, notice, error);
        for (Label l : List.of(notice, error)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
    }

    Node node() {
        return root;
    }

    /** {@code b} is disabled unless an appointment is selected and {@code usable} holds for it. */
    private void disableUnless(Button b, Predicate<AppointmentItem> usable) {
        b.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selected.get() == null || !usable.test(vm.selected.get()),
                vm.selected));
    }

    private void askCancel() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(i18n.t("agenda.cancel.title"));
        ask.setHeaderText(i18n.t("agenda.cancel.message"));
        ask.getEditor().setId("agenda-cancel-reason");
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().ifPresent(vm::cancel);
    }
}
