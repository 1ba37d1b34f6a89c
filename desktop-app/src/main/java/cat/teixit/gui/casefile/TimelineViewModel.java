package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseRecords.InterventionText;
import cat.teixit.logic.casefile.InterventionService;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A case file's social history: its entries, newest first, filtered by kind, professional and dates
 * (read again as soon as a filter changes), and the whole text of an intervention to read. Use from
 * the FX thread.
 */
public final class TimelineViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final TimelineService timeline;
    private final InterventionService interventions;
    private final UUID caseFileId;
    public final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    public final ObjectProperty<Set<TimelineEntry.Kind>> kinds = new SimpleObjectProperty<>(EnumSet.noneOf(TimelineEntry.Kind.class));
    public final ObjectProperty<UUID> author = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** The intervention being read (set by {@link #read}), or null. */
    public final ObjectProperty<InterventionText> reading = new SimpleObjectProperty<>();
    /** Translation key of the last failure, or null. */
    public final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    private long request;

    public TimelineViewModel(CurrentUser user, UiExecutor executor, TimelineService timeline,
            InterventionService interventions, UUID caseFileId) {
        this.user = user;
        this.executor = executor;
        this.timeline = timeline;
        this.interventions = interventions;
        this.caseFileId = caseFileId;
        kinds.addListener((o, a, b) -> reload());
        author.addListener((o, a, b) -> reload());
        from.addListener((o, a, b) -> reload());
        to.addListener((o, a, b) -> reload());
    }

    /** Reads the entries again with the current filters; an answer to an older request is dropped. */
    public void reload() {
        long mine = ++request;
        var filter = new TimelineService.Filter(Set.copyOf(kinds.get()), author.get(),
                from.get() == null ? null : from.get().atStartOfDay(I18n.ZONE).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(I18n.ZONE).toInstant());
        executor.run(() -> timeline.entries(user, caseFileId, filter), list -> {
            if (mine == request) {
                entries.setAll(list);
            }
        }, e -> errorKey.set(ErrorKeys.of(e)));
    }

    /** Shows or hides one kind of entry (no kind selected means all). */
    public void toggleKind(TimelineEntry.Kind kind, boolean on) {
        Set<TimelineEntry.Kind> set = kinds.get().isEmpty() ? EnumSet.noneOf(TimelineEntry.Kind.class) : EnumSet.copyOf(kinds.get());
        if (on) {
            set.add(kind);
        } else {
            set.remove(kind);
        }
        kinds.set(set);
    }

    /** Loads the whole text of an intervention entry into {@link #reading} (not a hidden one). */
    public void read(TimelineEntry e) {
        if (e.kind() != TimelineEntry.Kind.INTERVENTION || e.hidden()) {
            return;
        }
        executor.run(() -> interventions.get(user, e.id()), reading::set, x -> errorKey.set(ErrorKeys.of(x)));
    }
}
