package cat.teixit.gui.shell;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.common.SyncStateTexts;
import cat.teixit.logic.sync.SyncService;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line that always says where the data stands: team, user, pending changes, last sync, connection. */
final class StatusBar {

    private final HBox root = new HBox(16);

    StatusBar(MainViewModel vm, I18n i18n) {
        Label team = new Label();
        team.setId("status-team");
        team.setGraphic(AppIcon.USER.node(14));
        team.textProperty().bind(i18n.bind("status.user", vm.user().teamName(), vm.user().displayName()));

        Label pending = new Label();
        pending.setId("status-pending");
        pending.setGraphic(AppIcon.PENDING.node(14));
        pending.textProperty().bind(Bindings.createStringBinding(() -> vm.pendingChanges.get() == 0
                ? i18n.t("status.pending.none") : i18n.t("status.pending", vm.pendingChanges.get()),
                vm.pendingChanges, i18n.shownLanguage()));

        Label conflicts = new Label();
        conflicts.setId("status-conflicts");
        conflicts.getStyleClass().add(Styles.WARNING);
        conflicts.setGraphic(AppIcon.WARNING.node(14));
        conflicts.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("status.conflicts", vm.openConflicts.get()),
                vm.openConflicts, i18n.shownLanguage()));
        conflicts.visibleProperty().bind(vm.openConflicts.greaterThan(0));
        conflicts.managedProperty().bind(conflicts.visibleProperty());

        Label demo = new Label();
        demo.setId("status-demo");
        demo.getStyleClass().add(Styles.WARNING);
        demo.textProperty().bind(i18n.bind("status.demo"));
        demo.visibleProperty().bind(vm.demoStore);
        demo.managedProperty().bind(vm.demoStore);

        SyncStateTexts texts = new SyncStateTexts(i18n);
        Label last = new Label();
        last.setId("status-last-sync");
        last.textProperty().bind(Bindings.createStringBinding(() -> vm.lastSync.get() == null
                ? i18n.t("status.sync.never") : i18n.t("status.sync.last", texts.when(vm.lastSync.get())),
                vm.lastSync, i18n.shownLanguage()));
        last.visibleProperty().set(vm.syncConfigured());
        last.setManaged(vm.syncConfigured());

        Label connection = new Label();
        connection.setId("status-connection");
        connection.textProperty().bind(Bindings.createStringBinding(
                () -> texts.connection(vm.connection.get(), vm.syncing.get()),
                vm.connection, vm.syncing, i18n.shownLanguage()));
        connection.graphicProperty().bind(Bindings.createObjectBinding(() -> (vm.syncing.get()
                ? AppIcon.SYNC : vm.connection.get() == SyncService.Connection.ONLINE ? AppIcon.ONLINE
                : AppIcon.OFFLINE).node(14), vm.connection, vm.syncing));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(team, pending, conflicts, demo, spacer, last, connection);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }
}
