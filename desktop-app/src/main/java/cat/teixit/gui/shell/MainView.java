package cat.teixit.gui.shell;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.icon.AppIcon;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window's content: header, sidebar of areas, tabs in the middle, status bar. Use from
 * the FX thread.
 */
public final class MainView extends NodeView<BorderPane> {

    /** What the header's buttons and shortcuts ask the application to do. */
    public interface Actions {
        void logout();

        void toggleTheme();

        void showShortcuts();
    }

    public static final KeyCombination CLOSE_TAB = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEXT_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN);
    public static final KeyCombination TOGGLE_THEME =
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination LOGOUT =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);

    private final MainViewModel vm;
    private final I18n i18n;
    private final List<Area> areas;
    private final Workspace workspace;
    private final Actions actions;
    private final Timeline statusRefresh;

    public MainView(MainViewModel vm, I18n i18n, List<Area> areas, Workspace workspace, Actions actions,
            List<Node> headerItems) {
        super(new BorderPane());
        this.vm = vm;
        this.i18n = i18n;
        this.areas = areas;
        this.workspace = workspace;
        this.actions = actions;
        root.setId("main-view");
        root.setTop(header(headerItems));
        root.setLeft(sidebar());
        root.setCenter(workspace.node());
        root.setBottom(new StatusBar(vm, i18n).node());
        statusRefresh = new Timeline(new KeyFrame(Duration.seconds(15), e -> vm.refresh()));
        statusRefresh.setCycleCount(Timeline.INDEFINITE);
    }

    private Node header(List<Node> items) {
        Label brand = new Label();
        brand.textProperty().bind(i18n.bind("app.name"));
        brand.getStyleClass().addAll(Styles.TITLE_4, "brand");

        Button theme = new Button();
        theme.setId("header-theme");
        theme.setGraphic(AppIcon.DARK_MODE.node());
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip themeTip = new Tooltip();
        themeTip.textProperty().bind(i18n.bind("header.theme.tooltip"));
        theme.setTooltip(themeTip);
        theme.setOnAction(e -> actions.toggleTheme());

        MenuButton user = new MenuButton();
        user.setId("header-user");
        user.setText(vm.user().displayName());
        user.setGraphic(AppIcon.USER.node());
        user.getStyleClass().add(Styles.FLAT);
        MenuItem shortcuts = new MenuItem();
        shortcuts.textProperty().bind(i18n.bind("header.menu.shortcuts"));
        shortcuts.setGraphic(AppIcon.KEYBOARD.node());
        shortcuts.setAccelerator(HELP);
        shortcuts.setOnAction(e -> actions.showShortcuts());
        MenuItem logout = new MenuItem();
        logout.setId("menu-logout");
        logout.textProperty().bind(i18n.bind("header.menu.logout"));
        logout.setGraphic(AppIcon.LOGOUT.node());
        logout.setAccelerator(LOGOUT);
        logout.setOnAction(e -> actions.logout());
        user.getItems().addAll(shortcuts, logout);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Region gap = new Region();
        gap.setPrefWidth(24);
        HBox header = new HBox(8, brand, gap);
        header.getChildren().addAll(items);
        header.getChildren().addAll(spacer, theme, user);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private Node sidebar() {
        VBox top = new VBox(2);
        VBox bottom = new VBox(2);
        for (Area area : areas) {
            Button b = new Button();
            b.setId("nav-" + area.id());
            b.textProperty().bind(i18n.bind(area.labelKey()));
            b.setGraphic(area.icon().node(18));
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().addAll(Styles.FLAT, "nav-button");
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(
                    () -> i18n.t("nav.tooltip", i18n.t(area.labelKey()), area.shortcut().getDisplayText()),
                    i18n.shownLanguage()));
            b.setTooltip(tip);
            b.setOnAction(e -> openArea(area));
            (area.atBottom() ? bottom : top).getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox side = new VBox(top, spacer, bottom);
        side.getStyleClass().add("sidebar");
        side.setPrefWidth(190);
        return side;
    }

    /** Opens (or selects) the tab of {@code area}. */
    public void openArea(Area area) {
        workspace.open("area-" + area.id(), i18n.bind(area.labelKey()), area.icon().node(), area.closable(),
                area.factory());
    }

    /** Installs the window-wide shortcuts on {@code scene}. */
    public void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        for (Area area : areas) {
            acc.put(area.shortcut(), () -> openArea(area));
        }
        acc.put(CLOSE_TAB, workspace::closeSelected);
        acc.put(NEXT_TAB, () -> {
            var sel = workspace.tabPane().getSelectionModel();
            int n = workspace.tabPane().getTabs().size();
            if (n > 0) {
                sel.select((sel.getSelectedIndex() + 1) % n);
            }
        });
        acc.put(TOGGLE_THEME, actions::toggleTheme);
        // LOGOUT and HELP are the user menu's accelerators.
    }

    @Override
    protected void onShown() {
        vm.refresh();
        statusRefresh.play();
        if (!areas.isEmpty()) {
            openArea(areas.getFirst());
        }
    }

    @Override
    protected void onHidden() {
        statusRefresh.stop();
        workspace.closeAll();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return workspace.hasUnsavedChanges();
    }
}
