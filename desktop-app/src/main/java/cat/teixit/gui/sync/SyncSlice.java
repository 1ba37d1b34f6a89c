package cat.teixit.gui.sync;

import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Shortcut;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.logic.sync.SyncNotices;
import cat.teixit.logic.sync.SyncService;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lombok.RequiredArgsConstructor;

/**
 * The sync feature: the Sync area (state, sync now, conflicts side by side, refusals), Ctrl+Shift+S
 * from anywhere, and the background sync while the user is logged in. Opened only when this
 * workstation has a server and the user may sync. Thread-safe.
 */
@RequiredArgsConstructor
public final class SyncSlice implements Slice {

    private final SyncService sync;
    private final ConflictService conflicts;
    private final SyncNotices notices;
    private final CatalogueService catalogues;
    private final AccessPolicy access;

    @Override
    public Optional<Feature> open(ShellContext shell) {
        if (!sync.configured() || !access.allows(shell.user(), Permission.SYNC)) {
            return Optional.empty();
        }
        return Optional.of(new Feature() {
            @Override
            public List<Area> areas() {
                return List.of(new Area("sync", "area.sync", AppIcon.SYNC,
                        new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN), true, false,
                        () -> view(shell)));
            }

            @Override
            public List<Shortcut> shortcuts() {
                return List.of(new Shortcut("shortcuts.syncNow", SyncView.SYNC_NOW, () -> syncNow(shell)));
            }

            @Override
            public void start() {
                sync.startBackground();
            }
        });
    }

    /** Hands a sync to the sync thread at once (nothing here touches the disk or the network). */
    private void syncNow(ShellContext shell) {
        try {
            sync.syncNow(shell.user()).whenComplete((r, e) -> shell.executor().onUiThread(shell.refreshStatus()));
        } catch (RuntimeException e) {
            // Not allowed now: the status stays as it is; the Sync area says why.
        }
    }

    private SyncView view(ShellContext shell) {
        SyncViewModel[] area = new SyncViewModel[1];
        ConflictsViewModel conflictsModel = new ConflictsViewModel(conflicts, shell.user(), shell.executor(), () -> {
            area[0].refresh();
            shell.refreshStatus().run();
        });
        area[0] = new SyncViewModel(sync, notices, shell.user(), shell.executor(), conflictsModel::refresh);
        return new SyncView(area[0], new ConflictsView(conflictsModel, shell.i18n(), catalogues), shell.i18n());
    }
}
