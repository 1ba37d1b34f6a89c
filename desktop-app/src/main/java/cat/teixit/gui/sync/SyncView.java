package cat.teixit.gui.sync;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.sync.SyncNotices;
import cat.teixit.logic.sync.SyncService;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Sync area (Sincronització): where the data stands, "sync now" with progress and cancel, the
 * conflicts side by side, the changes the server refused and the scopes taken away. Use from the FX thread.
 */
public final class SyncView extends NodeView<ScrollPane> {

    /** Sync now, from anywhere in the window. */
    public static final KeyCombination SYNC_NOW =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final SyncViewModel vm;
    private final ConflictsView conflicts;
    private final I18n i18n;
    private final SyncTexts texts;
    private final VBox rejections = new VBox(6);
    private final VBox purges = new VBox(6);

    public SyncView(SyncViewModel vm, ConflictsView conflicts, I18n i18n) {
        super(new ScrollPane());
        this.vm = vm;
        this.conflicts = conflicts;
        this.i18n = i18n;
        shown.listen(vm.rejections, c -> showRejections()).listen(vm.purges, c -> showPurges());
        this.texts = new SyncTexts(i18n);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(i18n.bind("syncArea.title"));

        VBox content = new VBox(16, title, stateCard(), purges, conflicts.node(), rejectionsCard());
        content.setPadding(new Insets(24));
        content.setMaxWidth(1100);
        purges.setId("sync-purges");
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("sync-view");
    }

    private Node stateCard() {
        Label connection = boundLabel("sync-connection", () -> {
            SyncService.Status s = vm.status.get();
            return s == null ? "" : texts.connection(s.connection(), s.running());
        });
        Label last = boundLabel("sync-last", () -> {
            SyncService.Status s = vm.status.get();
            return s == null ? "" : i18n.t("syncArea.lastSuccess", texts.when(s.lastSuccessAt()));
        });
        Label pending = boundLabel("sync-pending", () -> {
            SyncService.Status s = vm.status.get();
            return s == null ? "" : i18n.t("syncArea.counts", s.pendingChanges(), s.openConflicts(), s.rejections());
        });
        Label uploads = boundLabel("sync-failed-uploads", () -> {
            SyncService.Status s = vm.status.get();
            return s == null || s.failedUploads() == 0 ? "" : i18n.t("syncArea.failedUploads", s.failedUploads());
        });
        uploads.getStyleClass().add(Styles.WARNING);

        Button now = new Button();
        now.setId("sync-now");
        now.setGraphic(AppIcon.SYNC.node());
        now.getStyleClass().add(Styles.ACCENT);
        now.textProperty().bind(i18n.bind("syncArea.now"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("syncArea.now.tooltip", SYNC_NOW.getDisplayText()));
        now.setTooltip(tip);
        now.disableProperty().bind(vm.running);
        now.setOnAction(e -> vm.syncNow());

        Button cancel = Buttons.action(i18n, "sync-cancel", "dialog.cancel", vm::cancel);
        cancel.visibleProperty().bind(vm.running);
        cancel.managedProperty().bind(cancel.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            SyncService.Status s = vm.status.get();
            SyncService.Activity a = s == null ? null : s.activity();
            return a == null || a.total() <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) a.done() / a.total();
        }, vm.status));
        bar.visibleProperty().bind(vm.running);
        bar.managedProperty().bind(bar.visibleProperty());
        Label moving = boundLabel("sync-progress-text", () -> {
            SyncService.Status s = vm.status.get();
            return s == null || !vm.running.get() ? "" : texts.activity(s.activity());
        });
        HBox actions = new HBox(10, now, cancel, bar, moving);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label result = boundLabel("sync-result", () -> {
            SyncService.Result r = vm.lastResult.get();
            return r == null ? "" : texts.outcome(r);
        });
        result.setWrapText(true);
        Label error = boundLabel("sync-error", () -> vm.errorKey.get() == null ? ""
                : i18n.t(vm.errorKey.get()));
        error.getStyleClass().add(Styles.DANGER);
        for (Label l : new Label[] {result, error, uploads}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }

        GridPane facts = new GridPane();
        facts.setHgap(24);
        facts.setVgap(6);
        facts.addRow(0, connection, last);
        facts.addRow(1, pending, uploads);
        VBox card = new VBox(12, facts, actions, result, error);
        card.getStyleClass().add("card");
        return card;
    }

    private Label boundLabel(String id, java.util.concurrent.Callable<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(Bindings.createStringBinding(text, vm.status, vm.lastResult,
                vm.running, vm.errorKey, i18n.shownLanguage()));
        return l;
    }

    private Node rejectionsCard() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("syncArea.rejections.title",
                vm.rejections.size()), vm.rejections, i18n.shownLanguage()));
        Label help = new Label();
        help.textProperty().bind(i18n.bind("syncArea.rejections.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        rejections.setId("sync-rejections");
        VBox card = new VBox(8, title, help, rejections);
        card.getStyleClass().add("card");
        card.visibleProperty().bind(Bindings.isNotEmpty(vm.rejections));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private void showRejections() {
        rejections.getChildren().clear();
        for (SyncNotices.Rejection r : vm.rejections) {
            Label text = new Label(i18n.t("syncArea.rejection.item", texts.entity(r.entityType()), texts.when(r.at()),
                    texts.reason(r.reason()), r.changes().isEmpty() ? i18n.t("syncArea.rejection.deletion") : r.changes()));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button dismiss = new Button(i18n.t("syncArea.dismiss"));
            dismiss.setId("sync-dismiss-rejection-" + r.opId());
            dismiss.setOnAction(e -> vm.dismissRejection(r));
            HBox row = new HBox(12, text, dismiss);
            row.setAlignment(Pos.CENTER_LEFT);
            rejections.getChildren().add(row);
        }
    }

    private void showPurges() {
        purges.getChildren().clear();
        for (SyncNotices.Purge p : vm.purges) {
            Label text = new Label(i18n.t("syncArea.purge.item", p.scope(), texts.when(p.at()), p.records(),
                    p.pendingChanges()));
            text.setWrapText(true);
            text.setGraphic(AppIcon.WARNING.node());
            HBox.setHgrow(text, Priority.ALWAYS);
            Button dismiss = new Button(i18n.t("syncArea.dismiss"));
            dismiss.setOnAction(e -> vm.dismissPurge(p));
            HBox row = new HBox(12, text, dismiss);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("card");
            purges.getChildren().add(row);
        }
    }

    @Override
    protected void onShown() {
        vm.activate();
        conflicts.activate();
    }

    @Override
    protected void onHidden() {
        vm.deactivate();
        conflicts.deactivate();
    }
}
