package cat.teixit.gui.groups;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.logic.groups.GroupActivityService.AttendanceLine;
import cat.teixit.model.groups.AttendanceMark;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.RequiredArgsConstructor;

/**
 * One session's attendance screen: its participants, the line selected, marks and notes changed here and not yet
 * saved, and saving them all at once. Reads and saves in the background. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class AttendanceViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final GroupActivityService groups;
    private final UUID sessionId;
    private final Function<Throwable, String> describe;
    /** Runs after the session's attendance was saved (the status bar's pending count) */
    private final Runnable onSaved;
    public final ObservableList<AttendanceLine> lines = FXCollections.observableArrayList();
    public final IntegerProperty selected = new SimpleIntegerProperty(-1);
    public final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    public final ObjectProperty<String> errorText = new SimpleObjectProperty<>();
    public final BooleanProperty saved = new SimpleBooleanProperty();

    /** Reads the session's participants and their marks. */
    public void start() {
        executor.run(() -> groups.attendance(user, sessionId), l -> {
            lines.setAll(l);
            dirty.set(false);
            if (!l.isEmpty() && selected.get() < 0) {
                selected.set(0);
            }
        }, this::failed);
    }

    /** Marks the selected participant and moves to the next line (as a paper list is ticked). */
    public void mark(AttendanceMark mark) {
        int i = selected.get();
        if (i < 0 || i >= lines.size()) {
            return;
        }
        AttendanceLine l = lines.get(i);
        replace(i, new AttendanceLine(l.personId(), l.personName(), l.caseNumber(), mark, l.note()));
        if (i + 1 < lines.size()) {
            selected.set(i + 1);
        }
    }

    /** The selected participant's note. */
    public void note(String text) {
        int i = selected.get();
        if (i < 0 || i >= lines.size()) {
            return;
        }
        AttendanceLine l = lines.get(i);
        String note = text == null || text.isBlank() ? null : text.strip();
        replace(i, new AttendanceLine(l.personId(), l.personName(), l.caseNumber(), l.mark(), note));
    }

    private void replace(int i, AttendanceLine line) {
        if (!Objects.equals(lines.get(i), line)) {
            lines.set(i, line);
            dirty.set(true);
            saved.set(false);
            errorText.set(null);
        }
    }

    /** Saves every marked line of the session at once; a line without a mark is left out. */
    public void save() {
        if (saving.get()) {
            return;
        }
        List<GroupActivityService.Mark> marks = lines.stream().filter(l -> l.mark() != null)
                .map(l -> new GroupActivityService.Mark(l.personId(), l.mark(), l.note())).toList();
        saving.set(true);
        executor.runAction(() -> groups.saveAttendance(user, sessionId, marks), () -> {
            saving.set(false);
            dirty.set(false);
            saved.set(true);
            errorText.set(null);
            onSaved.run();
        }, e -> {
            saving.set(false);
            failed(e);
        });
    }

    private void failed(Throwable e) {
        errorText.set(describe.apply(e));
    }

    /** How many lines have a mark of this kind. */
    public long count(AttendanceMark mark) {
        return lines.stream().filter(l -> l.mark() == mark).count();
    }
}
