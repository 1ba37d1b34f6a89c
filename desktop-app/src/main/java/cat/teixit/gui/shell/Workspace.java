package cat.teixit.gui.shell;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.View;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs in the middle of the main window: areas and open case files. Opening something already
 * open selects its tab. Closing a tab with unsaved changes asks first. Use from the FX thread.
 */
public final class Workspace {

    private final TabPane tabs = new TabPane();
    private final Map<String, Tab> byKey = new LinkedHashMap<>();
    private java.util.function.Consumer<java.util.UUID> caseFileOpener;
    private java.util.function.BiConsumer<java.util.UUID, String> caseFileAuditOpener;
    private java.util.function.Function<java.util.UUID, String> emergencyNotice;
    private final Map<Tab, View> views = new LinkedHashMap<>();
    private final DialogService dialogs;

    public Workspace(DialogService dialogs) {
        this.dialogs = dialogs;
        tabs.setId("workspace");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null && views.containsKey(old)) {
                views.get(old).deactivate();
            }
            if (now != null && views.containsKey(now)) {
                View view = views.get(now);
                view.activate();
                // A tab shown by its shortcut or the sidebar takes the keyboard, unless its view already placed it:
                // otherwise typing would still go to the control used before (e.g. the header's search box).
                Platform.runLater(() -> focusInside(view.node()));
            }
        });
    }

    private static void focusInside(Node content) {
        Scene scene = content.getScene();
        if (scene == null) {
            return;
        }
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == content) {
                return;
            }
        }
        // The skins of a tab just shown may not exist yet (a scroll pane's content is reached through its skin).
        content.applyCss();
        Node first = firstFocusable(content);
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        // A scroll pane is a frame: the keyboard goes to the first control inside it, when there is one.
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node inside = firstFocusable(scroll.getContent());
            if (inside != null) {
                return inside;
            }
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public Node node() {
        return tabs;
    }

    public TabPane tabPane() {
        return tabs;
    }

    /**
     * How a case file's tab is opened, given by the case-file feature, so that other areas (the agenda) open one
     * without depending on it. Nothing happens until it is given.
     */
    public void setCaseFileOpener(java.util.function.Consumer<java.util.UUID> opener) {
        this.caseFileOpener = opener;
    }

    /**
     * How the list of who accessed a case file is opened (given by the audit feature, for team leads), so that the
     * case file's button opens it without depending on that feature. Null: nobody opens it.
     */
    public void setCaseFileAuditOpener(java.util.function.BiConsumer<java.util.UUID, String> opener) {
        this.caseFileAuditOpener = opener;
    }

    /**
     * The text of the banner a case file shows when it is seen through a break-the-glass opening (given by the
     * emergency feature; null, or an answer of null: no banner).
     */
    public void setEmergencyNotice(java.util.function.Function<java.util.UUID, String> notice) {
        this.emergencyNotice = notice;
    }

    /** The banner text for case file {@code caseFileId}, or null when it is not seen through an emergency opening. */
    public String emergencyNotice(java.util.UUID caseFileId) {
        java.util.function.Function<java.util.UUID, String> n = emergencyNotice;
        return n == null || caseFileId == null ? null : n.apply(caseFileId);
    }

    /** Whether this session shows who accessed a case file (the user may read the audit trail). */
    public boolean opensCaseFileAudit() {
        return caseFileAuditOpener != null;
    }

    /** Opens the list of who accessed the case file {@code caseFileId} numbered {@code number}. */
    public void openCaseFileAudit(java.util.UUID caseFileId, String number) {
        if (caseFileAuditOpener != null && caseFileId != null) {
            caseFileAuditOpener.accept(caseFileId, number);
        }
    }

    /** Opens (or selects) the tab of a case file; false when no area of this session opens case files. */
    public boolean openCaseFile(java.util.UUID caseFileId) {
        if (caseFileOpener == null || caseFileId == null) {
            return false;
        }
        caseFileOpener.accept(caseFileId);
        return true;
    }

    /** Selects the tab for {@code key}, creating it with {@code factory} the first time. */
    public View open(String key, ObservableValue<String> title, Node graphic, boolean closable, Supplier<View> factory) {
        Tab existing = byKey.get(key);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return views.get(existing);
        }
        View view = factory.get();
        Tab tab = new Tab();
        tab.setId("tab-" + key);
        tab.textProperty().bind(title);
        tab.setGraphic(graphic);
        tab.setContent(view.node());
        tab.setClosable(closable);
        tab.setOnCloseRequest(e -> {
            if (view.hasUnsavedChanges()) {
                if (dialogs.confirm("dialog.unsaved.title", "dialog.unsaved.message", "dialog.unsaved.discard")) {
                    view.discardChanges();
                } else {
                    e.consume();
                }
            }
        });
        tab.setOnClosed(e -> forget(tab));
        byKey.put(key, tab);
        views.put(tab, view);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return view;
    }

    /** Closes the tab of {@code key} without asking (its work was saved). */
    public void close(String key) {
        Tab tab = byKey.get(key);
        if (tab != null) {
            tabs.getTabs().remove(tab);
            forget(tab);
        }
    }

    /** Closes the selected tab (Ctrl+W), asking first if it holds unsaved changes. */
    public void closeSelected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null || !tab.isClosable()) {
            return;
        }
        View view = views.get(tab);
        if (view != null && view.hasUnsavedChanges()) {
            if (!dialogs.confirm("dialog.unsaved.title", "dialog.unsaved.message", "dialog.unsaved.discard")) {
                return;
            }
            view.discardChanges();
        }
        tabs.getTabs().remove(tab);
        forget(tab);
    }

    private void forget(Tab tab) {
        View view = views.remove(tab);
        if (view != null) {
            view.deactivate();
        }
        byKey.values().remove(tab);
    }

    public Optional<String> selectedKey() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return byKey.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey).findFirst();
    }

    /** True when any open tab would lose typed work if closed. */
    public boolean hasUnsavedChanges() {
        return views.values().stream().anyMatch(View::hasUnsavedChanges);
    }

    /** The view in the selected tab, if any. */
    public Optional<View> selectedView() {
        return Optional.ofNullable(views.get(tabs.getSelectionModel().getSelectedItem()));
    }

    /** Closes every tab without asking (after the user agreed to leave). */
    public void closeAll() {
        views.values().forEach(View::deactivate);
        views.clear();
        byKey.clear();
        tabs.getTabs().clear();
    }
}
