package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.search.PersonHit;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** In the person form: every household the person belongs or belonged to, each opening its case file. Use from the FX thread. */
final class PersonHouseholdsBox {

    private final VBox box = new VBox(4);
    private final I18n i18n;
    private final Codes codes;
    private final Consumer<PersonHit> open;

    PersonHouseholdsBox(PersonRecordsViewModel records, I18n i18n, Codes codes, Consumer<PersonHit> open) {
        this.i18n = i18n;
        this.codes = codes;
        this.open = open;
        box.setId("person-households");
        records.households.addListener((o, a, list) -> show(list));
    }

    Node node() {
        return box;
    }

    private void show(java.util.List<PersonService.Membership> list) {
        box.getChildren().clear();
        Label title = new Label(i18n.t("person.households"));
        title.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(title);
        for (PersonService.Membership m : list == null ? java.util.List.<PersonService.Membership>of() : list) {
            String rel = m.reference() ? i18n.t("household.reference")
                    : codes.label(Catalogue.RELATIONSHIP, m.relationship());
            String when = m.leftOn() == null ? i18n.t("person.households.since", i18n.formatDate(m.joinedOn()))
                    : i18n.t("person.households.between", i18n.formatDate(m.joinedOn()), i18n.formatDate(m.leftOn()));
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(m.householdName() + " · " + rel + " · "
                    + when + (m.caseNumber() == null ? "" : " · " + m.caseNumber()));
            link.setDisable(m.caseFileId() == null);
            link.setOnAction(e -> open.accept(new PersonHit(null, "", null, null, null, null, null, null, null,
                    m.caseFileId(), m.caseNumber(), null, null)));
            box.getChildren().add(link);
        }
    }
}
