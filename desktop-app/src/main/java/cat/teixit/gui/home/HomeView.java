package cat.teixit.gui.home;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.icon.AppIcon;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Home area (Inici). Use from the FX thread. */
public final class HomeView extends NodeView<ScrollPane> {

    private final HomeViewModel vm;

    private final Runnable onActivate;

    /** @param extra cards from the areas the user may use (e.g. my case files), shown after the greeting */
    public HomeView(HomeViewModel vm, I18n i18n, java.util.List<Node> extra, Runnable onActivate) {
        super(new ScrollPane());
        this.vm = vm;
        this.onActivate = onActivate;
        Label greeting = new Label();
        greeting.setId("home-greeting");
        greeting.getStyleClass().add(Styles.TITLE_2);
        greeting.textProperty().bind(i18n.bind(vm.greetingKey(), vm.givenName()));

        Label today = new Label();
        today.getStyleClass().add(Styles.TEXT_MUTED);
        today.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("home.today", i18n.formatLongDate(vm.today())), i18n.shownLanguage()));

        Label team = new Label();
        team.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("home.team", vm.roleNames(i18n),
                vm.user().teamName(), vm.user().areaName()), i18n.shownLanguage()));

        Label dataTitle = new Label();
        dataTitle.getStyleClass().add(Styles.TITLE_4);
        dataTitle.textProperty().bind(i18n.bind("home.data.title"));
        dataTitle.setGraphic(AppIcon.STORAGE.node(18));
        Label data = new Label();
        data.setId("home-data");
        data.setWrapText(true);
        data.textProperty().bind(Bindings.createStringBinding(() -> vm.pendingChanges.get() == 0
                ? i18n.t("home.data.none") : i18n.t("home.data.pending", vm.pendingChanges.get()),
                vm.pendingChanges, i18n.shownLanguage()));
        VBox dataCard = new VBox(8, dataTitle, data);
        dataCard.getStyleClass().add("card");

        Label helpTitle = new Label();
        helpTitle.getStyleClass().add(Styles.TITLE_4);
        helpTitle.textProperty().bind(i18n.bind("home.help.title"));
        helpTitle.setGraphic(AppIcon.KEYBOARD.node(18));
        Label help = new Label();
        help.setWrapText(true);
        help.textProperty().bind(i18n.bind("home.help.text"));
        VBox helpCard = new VBox(8, helpTitle, help);
        helpCard.getStyleClass().add("card");

        VBox content = new VBox(16, greeting, today, team);
        content.getChildren().addAll(extra);
        content.getChildren().addAll(dataCard, helpCard);
        content.setPadding(new Insets(24));
        content.setMaxWidth(820);
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("home-view");
    }

    @Override
    protected void onShown() {
        vm.refresh();
        onActivate.run();
    }
}
