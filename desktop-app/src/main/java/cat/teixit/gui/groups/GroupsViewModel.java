package cat.teixit.gui.groups;

import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.groups.ActivitySummary;
import cat.teixit.model.groups.Participant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The group activities area: the activities, the one selected with its sessions, people and figures; enrolling
 * and withdrawing. Reads and writes in the background. Use from the FX thread.
 */
public final class GroupsViewModel {

    /** What the detail shows of the selected activity. */
    public record Detail(List<GroupActivityService.SessionItem> sessions, List<Participant> participants,
            GroupActivityService.Figures figures) {
    }

    private final CurrentUser user;
    private final UiExecutor executor;
    private final GroupActivityService groups;
    private final DocumentService documents;
    private final Function<Throwable, String> describe;
    private final Runnable onChanged;
    public final ObservableList<ActivitySummary> activities = FXCollections.observableArrayList();
    public final ObjectProperty<ActivitySummary> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();
    public final ObjectProperty<String> errorText = new SimpleObjectProperty<>();
    /** The name of the person last enrolled, for the view to say so. */
    public final ObjectProperty<String> notice = new SimpleObjectProperty<>();
    private SystemViewer viewer = SystemViewer.DESKTOP;
    private UiExecutor.Task loading;
    private UiExecutor.Task listing;

    /** @param onChanged runs after a change saved here (the status bar's pending count) */
    public GroupsViewModel(CurrentUser user, UiExecutor executor, GroupActivityService groups,
            DocumentService documents, Function<Throwable, String> describe, Runnable onChanged) {
        this.user = user;
        this.executor = executor;
        this.groups = groups;
        this.documents = documents;
        this.describe = describe;
        this.onChanged = onChanged;
        selected.addListener((o, a, b) -> loadDetail());
    }

    /** Where printouts are shown (the desktop's viewer unless told otherwise: tests). */
    public GroupsViewModel viewer(SystemViewer v) {
        this.viewer = v;
        return this;
    }

    /** Reads the activities (again), keeping the one selected. */
    public void reload() {
        reload(selected.get() == null ? null : selected.get().id());
    }

    /**
     * Reads the activities (again) and selects {@code keep} (a new one) when there. A read still under way is dropped:
     * the background threads may answer out of order, and an older list must not undo the selection of a newer one.
     */
    public void reload(UUID keep) {
        if (listing != null) {
            listing.cancel();
        }
        listing = executor.run(() -> groups.activities(user), rows -> {
            activities.setAll(rows);
            selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.getFirst()));
            loadDetail();
        }, this::failed);
    }

    private void loadDetail() {
        if (loading != null) {
            loading.cancel();
        }
        ActivitySummary a = selected.get();
        if (a == null) {
            detail.set(null);
            return;
        }
        loading = executor.run(() -> new Detail(groups.sessions(user, a.id()), groups.participants(user, a.id()),
                groups.figures(user, a.id())), detail::set, this::failed);
    }

    /** Enrols a person (from a case file when given) in the selected activity: enrolled or on the waiting list. */
    public void enrol(UUID personId, UUID caseFileId, String name) {
        ActivitySummary a = selected.get();
        if (a == null) {
            return;
        }
        executor.run(() -> groups.enrol(user, a.id(), personId, caseFileId), r -> {
            notice.set(name);
            errorText.set(null);
            changed();
        }, this::failed);
    }

    /** Withdraws a participant with a reason; the first waiting takes the place. */
    public void withdraw(Participant p, String reason) {
        executor.run(() -> groups.withdraw(user, p.enrolmentId(), p.rowVersion(), reason), promoted -> {
            errorText.set(null);
            changed();
        }, this::failed);
    }

    /** Cancels a session (its attendance is no longer taken nor counted), or takes the cancellation back. */
    public void setCancelled(GroupActivityService.SessionItem s, boolean cancelled) {
        executor.runAction(() -> groups.setCancelled(user, s.id(), s.rowVersion(), cancelled), () -> {
            errorText.set(null);
            changed();
        }, this::failed);
    }

    /**
     * Makes a session's attendance sheet (the documents area's {@code attendance-sheet} template, in the user's
     * language) and shows it to print ({@link SystemViewer#showOrPrint}); {@code said} gets the text's key and the
     * file when there is something to tell.
     */
    public void printSheet(GroupActivityService.SessionItem s, Language language, BiConsumer<String, Path> said) {
        print(() -> documents.render(user, "attendance-sheet", language, null,
                Map.of("session", groups.sheet(user, s.id(), language))), said);
    }

    /**
     * Makes the participation certificate of {@code p} (sessions held, attended, hours) and files it in the person's
     * case file when there is one, then shows it to print; someone who attended no session gets none (said why).
     */
    public void printCertificate(Participant p, Language language, BiConsumer<String, Path> said) {
        UUID activity = selected.get() == null ? null : selected.get().id();
        if (activity == null) {
            return;
        }
        print(() -> {
            Map<String, Object> extra = Map.of("certificate", groups.certificate(user, activity, p.personId(), language));
            return p.caseFileId() == null
                    ? documents.render(user, "participation-certificate", language, null, extra)
                    : documents.renderAndFile(user, "participation-certificate", language, p.caseFileId(), extra);
        }, said);
    }

    private void print(java.util.concurrent.Callable<DocumentService.Rendered> make, BiConsumer<String, Path> said) {
        executor.run(() -> {
            DocumentService.Rendered r = make.call();
            Path file = documents.forViewing(r.pdf(), r.fileName());
            return Map.entry(viewer.showOrPrint(file), file);
        }, shown -> {
            errorText.set(null);
            String key = SystemViewer.message(shown.getKey());
            if (key != null) {
                said.accept(key, shown.getValue());
            }
        }, this::failed);
    }

    private void changed() {
        onChanged.run();
        reload();
    }

    private void failed(Throwable e) {
        errorText.set(describe.apply(e));
    }
}
