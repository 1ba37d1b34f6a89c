package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The household tab: who lives there now, who lived there before, and the housing. Use from the FX thread. */
final class HouseholdPane {

    private final ScrollPane root;
    private final TableView<CaseFileDetails.Member> current = table("household-members");
    private final TableView<CaseFileDetails.Member> past = table("household-past");
    private final Label housing = new Label();
    private final Label address = new Label();
    private final I18n i18n;
    private final CatalogueService catalogues;

    HouseholdPane(I18n i18n, CatalogueService catalogues, Consumer<CaseFileDetails.Member> onOpenPerson) {
        this.i18n = i18n;
        this.catalogues = catalogues;
        for (TableView<CaseFileDetails.Member> t : java.util.List.of(current, past)) {
            t.setRowFactory(tv -> {
                var row = new javafx.scene.control.TableRow<CaseFileDetails.Member>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && row.getItem() != null) {
                        onOpenPerson.accept(row.getItem());
                    }
                });
                return row;
            });
        }
        columns(current);
        columns(past);
        past.getColumns().add(column("household.column.left", m -> m.leftOn() == null ? "" : i18n.formatDate(m.leftOn())));
        Label now = title("household.current");
        Label before = title("household.past");
        Label housingTitle = title("household.housing");
        housing.setId("household-housing");
        address.setWrapText(true);
        VBox box = new VBox(10, now, current, before, past, housingTitle, housing, address);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    private TableView<CaseFileDetails.Member> table(String id) {
        TableView<CaseFileDetails.Member> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefHeight(200);
        return t;
    }

    private void columns(TableView<CaseFileDetails.Member> t) {
        t.getColumns().addAll(java.util.List.of(
                column("household.column.name", CaseFileDetails.Member::displayName),
                column("household.column.relationship", m -> m.reference() ? i18n.t("household.reference")
                        : catalogues.label(Catalogue.RELATIONSHIP, m.relationship(), i18n.language())),
                column("household.column.age", m -> m.age() == null ? "" : String.valueOf(m.age())),
                column("household.column.document", m -> m.docTail() == null ? i18n.t("search.noDocument") : m.docTail()),
                column("household.column.joined", m -> i18n.formatDate(m.joinedOn()))));
    }

    private TableColumn<CaseFileDetails.Member, String> column(String key,
            java.util.function.Function<CaseFileDetails.Member, String> value) {
        TableColumn<CaseFileDetails.Member, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private Label title(String key) {
        Label l = new Label();
        l.getStyleClass().add(Styles.TITLE_4);
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    void show(CaseFileDetails d) {
        current.getItems().setAll(d.members());
        past.getItems().setAll(d.pastMembers());
        housing.setText(d.housingTenure() == null ? i18n.t("household.housing.unknown")
                : catalogues.label(Catalogue.HOUSING_TENURE, d.housingTenure(), i18n.language()));
        String place = d.municipality() == null ? "" : catalogues.label(Catalogue.MUNICIPALITY, d.municipality(), i18n.language());
        address.setText(String.join(" · ", java.util.stream.Stream.of(d.address(), d.district(), place)
                .filter(x -> x != null && !x.isBlank()).toList()));
    }

    Node node() {
        return root;
    }
}
