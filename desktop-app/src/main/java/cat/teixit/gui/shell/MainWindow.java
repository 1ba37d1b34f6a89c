package cat.teixit.gui.shell;

import cat.teixit.gui.common.View;
import cat.teixit.gui.home.HomeView;
import cat.teixit.gui.home.HomeViewModel;
import cat.teixit.gui.icon.AppIcon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * The main window of one logged-in user, put together from the features their slices opened: Home
 * with the features' cards, the features' areas in the sidebar, their header controls and shortcuts.
 * Lives from login to log-out. Use from the FX thread.
 */
public final class MainWindow {

    private final List<Feature> features;
    private final List<Area> areas = new ArrayList<>();
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final MainView view;
    private final MainViewModel model;

    /**
     * @param actions what the header's menu and the window shortcuts ask the application to do
     * @param layers  the scene's root, over which the F1 sheet is drawn
     */
    public MainWindow(ShellContext shell, MainViewModel model, HomeViewModel home, List<Feature> features,
            Actions actions, StackPane layers) {
        this.features = List.copyOf(features);
        this.model = model;
        List<HomeCard> cards = this.features.stream().flatMap(f -> f.homeCards().stream()).toList();
        areas.add(new Area("home", "area.home", AppIcon.HOME, shortcut(KeyCode.DIGIT1), false, false,
                () -> new HomeView(home, shell.i18n(), cards.stream().map(HomeCard::node).toList(),
                        () -> cards.forEach(HomeCard::refresh))));
        // In the order of their shortcuts (Ctrl+2, Ctrl+3...), whichever slice brings them: the sidebar reads as the keys go.
        List<Area> contributed = this.features.stream().flatMap(f -> f.areas().stream())
                .sorted(Comparator.comparing(Area::atBottom).thenComparingInt(MainWindow::digit)).toList();
        areas.addAll(contributed);
        this.features.forEach(f -> shortcuts.addAll(f.shortcuts()));
        List<Node> header = this.features.stream().flatMap(f -> f.headerItems().stream()).toList();
        view = new MainView(model, shell.i18n(), areas, shell.workspace(), new MainView.Actions() {
            @Override
            public void logout() {
                actions.logout();
            }

            @Override
            public void toggleTheme() {
                actions.toggleTheme();
            }

            @Override
            public void showShortcuts() {
                ShortcutSheet.show(layers, shell.i18n(), sheet());
            }
        }, header);
    }

    /** What the window asks of the application around it. */
    public interface Actions {
        void logout();

        void toggleTheme();
    }

    /** Every shortcut of this window, as the F1 sheet lists them. */
    List<ShortcutSheet.Entry> sheet() {
        List<ShortcutSheet.Entry> list = new ArrayList<>();
        areas.forEach(a -> list.add(new ShortcutSheet.Entry(a.labelKey(), a.shortcut())));
        shortcuts.forEach(s -> list.add(new ShortcutSheet.Entry(s.labelKey(), s.keys())));
        list.addAll(ShortcutSheet.windowEntries());
        return list;
    }

    /** The digit of an area's Ctrl+digit shortcut; areas without one come after. */
    private static int digit(Area area) {
        return area.shortcut() instanceof KeyCodeCombination k && k.getCode().isDigitKey()
                ? Character.getNumericValue(k.getCode().getChar().charAt(0)) : 10;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    public View view() {
        return view;
    }

    /** Puts the window's shortcuts on {@code scene} and starts the features. */
    public void start(Scene scene) {
        view.installShortcuts(scene);
        for (Shortcut s : shortcuts) {
            if (s.action() != null) {
                scene.getAccelerators().put(s.keys(), s.action());
            }
        }
        features.forEach(Feature::start);
    }

    /** True when leaving would lose what the user typed. */
    public boolean hasUnsavedChanges() {
        return view.hasUnsavedChanges();
    }

    /** Closes every tab and stops the features (log-out, quit). */
    public void stop() {
        view.deactivate();
        features.forEach(Feature::stop);
        model.dispose();
    }
}
