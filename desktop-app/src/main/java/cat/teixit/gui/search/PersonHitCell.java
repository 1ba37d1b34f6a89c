package cat.teixit.gui.search;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.search.PersonHit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A search result in two lines: the name, then what tells homonyms apart. */
public final class PersonHitCell extends ListCell<PersonHit> {

    private final I18n i18n;
    private final Label name = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, name, details);

    public PersonHitCell(I18n i18n) {
        this.i18n = i18n;
        name.getStyleClass().add(Styles.TEXT_BOLD);
        details.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    }

    /** The second line: age, place, document tail, case number and status, reference professional. */
    public static String details(PersonHit h, I18n i18n) {
        List<String> parts = new ArrayList<>();
        if (h.age() != null) {
            parts.add(i18n.t("search.age", h.age()));
        }
        if (h.place() != null) {
            parts.add(h.place());
        }
        parts.add(h.docTail() == null ? i18n.t("search.noDocument") : h.docTail());
        if (h.caseNumber() != null) {
            parts.add(h.caseNumber() + ("CLOSED".equals(h.caseStatus()) ? " (" + i18n.t("casefile.status.closed") + ")" : ""));
        }
        if (h.referenceProfessional() != null) {
            parts.add(h.referenceProfessional());
        }
        return String.join(" · ", parts);
    }

    @Override
    protected void updateItem(PersonHit item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
        } else {
            name.setText(item.sortName());
            details.setText(details(item, i18n));
            setGraphic(box);
            setText(null);
        }
    }
}
