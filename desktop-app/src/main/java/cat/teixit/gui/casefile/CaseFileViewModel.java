package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.model.common.StaleRecordException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open case file: its header and household, its social history with filters, and the
 * commands on the file (close, reopen). Loads in the background. Use from the FX thread.
 */
public final class CaseFileViewModel {

    private final CaseServices s;
    private final UUID caseFileId;
    private final ObjectProperty<CaseFileDetails> details = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Set<TimelineEntry.Kind>> kinds = new SimpleObjectProperty<>(EnumSet.noneOf(TimelineEntry.Kind.class));
    private final ObjectProperty<UUID> author = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    private long timelineRequest;

    public CaseFileViewModel(CaseServices services, UUID caseFileId) {
        this.s = services;
        this.caseFileId = caseFileId;
        kinds.addListener((o, a, b) -> reloadTimeline());
        author.addListener((o, a, b) -> reloadTimeline());
        from.addListener((o, a, b) -> reloadTimeline());
        to.addListener((o, a, b) -> reloadTimeline());
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public ObjectProperty<CaseFileDetails> detailsProperty() {
        return details;
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public ObjectProperty<Set<TimelineEntry.Kind>> kindsProperty() {
        return kinds;
    }

    public ObjectProperty<UUID> authorProperty() {
        return author;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Translation key of the last failure, or null. */
    public ObjectProperty<String> errorKeyProperty() {
        return errorKey;
    }

    /** Loads (again) the header, household and history. */
    public void load() {
        loading.set(true);
        s.executor().run(() -> s.caseFiles().load(s.user(), caseFileId), d -> {
            details.set(d);
            loading.set(false);
        }, this::failed);
        s.executor().run(() -> {
            s.caseFiles().markOpened(s.user(), caseFileId);
            return null;
        }, ok -> { }, e -> { });
        reloadTimeline();
    }

    public void reloadTimeline() {
        long mine = ++timelineRequest;
        ZoneId zone = cat.teixit.logic.casefile.CaseDeps.ZONE;
        var filter = new TimelineService.Filter(Set.copyOf(kinds.get()), author.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
        s.executor().run(() -> s.timeline().entries(s.user(), caseFileId, filter), list -> {
            if (mine == timelineRequest) {
                entries.setAll(list);
            }
        }, this::failed);
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

    public void close(String reason, LocalDate date, Runnable onDone) {
        CaseFileDetails d = details.get();
        s.executor().run(() -> {
            s.caseFiles().close(s.user(), caseFileId, d.rowVersion(), reason, date);
            return null;
        }, ok -> {
            load();
            onDone.run();
        }, this::failed);
    }

    public void reopen() {
        CaseFileDetails d = details.get();
        s.executor().run(() -> {
            s.caseFiles().reopen(s.user(), caseFileId, d.rowVersion());
            return null;
        }, ok -> load(), this::failed);
    }

    private void failed(Throwable e) {
        loading.set(false);
        errorKey.set(ErrorKeys.of(e));
        if (e instanceof StaleRecordException) {
            load();
        }
    }
}
