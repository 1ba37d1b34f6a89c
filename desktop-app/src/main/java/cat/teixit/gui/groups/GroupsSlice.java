package cat.teixit.gui.groups;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Shortcut;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lombok.RequiredArgsConstructor;

/**
 * The group activities feature: the area "Activitats de grup" (Ctrl+4: activities, their sessions, people and
 * figures, enrolment, withdrawal) and a session's attendance screen in a tab of its own. Opened for users who may
 * see case files. Thread-safe.
 */
@RequiredArgsConstructor
public final class GroupsSlice implements Slice {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);
    /** Listed on the F1 sheet; handled by the attendance screen's list. */
    static final KeyCombination MARK = new KeyCodeCombination(KeyCode.P);
    static final KeyCombination NOTE = new KeyCodeCombination(KeyCode.N);
    private static final String NEW_KEY = "group-activity-new";
    /** The form's fields by the names the service's refusals use. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("programme", "groups.form.programme"),
            Map.entry("title", "groups.form.title"), Map.entry("description", "groups.form.description"),
            Map.entry("targetGroup", "groups.form.target"), Map.entry("capacity", "groups.form.capacity"),
            Map.entry("place", "groups.form.place"), Map.entry("facilitators", "groups.form.facilitators"),
            Map.entry("startsOn", "groups.form.startsOn"), Map.entry("endsOn", "groups.form.endsOn"),
            Map.entry("weekdays", "groups.form.weekdays"), Map.entry("startTime", "groups.form.startTime"),
            Map.entry("endTime", "groups.form.endTime"), Map.entry("exceptions", "groups.form.exceptions"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final GroupActivityService groups;
    private final DocumentService documents;
    private final SearchService search;
    private final AccessPolicy access;

    @Override
    public Optional<Feature> open(ShellContext shell) {
        if (!access.allows(shell.user(), Permission.VIEW_CASE_FILES)) {
            return Optional.empty();
        }
        boolean mayEdit = access.allows(shell.user(), Permission.EDIT_CASE_FILES);
        return Optional.of(new Feature() {
            @Override
            public List<Area> areas() {
                return List.of(new Area("groups", "area.groups", AppIcon.GROUPS, OPEN, true, false, () -> {
                    GroupsViewModel vm = new GroupsViewModel(shell.user(), shell.executor(), groups, documents,
                            shell.describeErrors(), shell.refreshStatus());
                    return new GroupsView(vm, shell.i18n(), mayEdit ? new SearchViewModel(search, shell.user(),
                            shell.i18n()::language, shell.executor()) : null, s -> {
                                String key = "attendance-" + s.id();
                                String title = vm.selected.get().title() + " · "
                                        + WHEN.format(s.startsAt().atZone(GroupActivityService.ZONE));
                                shell.workspace().open(key, Bindings.createStringBinding(() -> title),
                                        AppIcon.GROUPS.node(), true, () -> {
                                            AttendanceViewModel a = new AttendanceViewModel(shell.user(),
                                                    shell.executor(), groups, s.id(), shell.describeErrors(), () -> {
                                                        shell.refreshStatus().run();
                                                        vm.reload();
                                                    });
                                            a.start();
                                            return new AttendanceView(a, shell.i18n(), title);
                                        });
                            }, mayEdit ? () -> shell.workspace().open(NEW_KEY, shell.i18n().bind("groups.form.new"),
                                    AppIcon.GROUPS.node(), true, () -> new ActivityFormView(new ActivityFormViewModel(
                                            shell.user(), shell.executor(), groups,
                                            e -> ErrorKeys.describe(shell.i18n(), e, FIELDS), saved(NEW_KEY, vm)),
                                            shell.i18n())) : null,
                            mayEdit ? a -> {
                                String key = "group-activity-" + a.id();
                                shell.workspace().open(key, Bindings.createStringBinding(a::title), AppIcon.GROUPS.node(),
                                        true, () -> new ActivityFormView(new ActivityFormViewModel(shell.user(),
                                                shell.executor(), groups, e -> ErrorKeys.describe(shell.i18n(), e,
                                                        FIELDS), saved(key, vm), a), shell.i18n()));
                            } : null);
                }));
            }

            /** After a form saved: its tab closes and the activity shows, selected. */
            private java.util.function.Consumer<java.util.UUID> saved(String key, GroupsViewModel vm) {
                return id -> {
                    shell.workspace().close(key);
                    shell.refreshStatus().run();
                    vm.reload(id);
                };
            }

            @Override
            public List<Shortcut> shortcuts() {
                // Handled by the attendance screen: listed on the F1 sheet, not installed on the window.
                return List.of(new Shortcut("shortcuts.groupsMark", MARK, null),
                        new Shortcut("shortcuts.groupsNote", NOTE, null),
                        new Shortcut("shortcuts.groupsSave", AttendanceView.SAVE, null));
            }
        });
    }
}
