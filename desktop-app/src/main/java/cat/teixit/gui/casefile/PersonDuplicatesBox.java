package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.search.PersonHitCell;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.SimilarityReason;
import cat.teixit.logic.search.PersonHit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Above the person form: the people already in the files who could be this one (the same document
 * blocks; similar people warn, each with why), to open instead or to create anyway. Use from the FX thread.
 */
final class PersonDuplicatesBox extends WarningCard<PersonService.DuplicateCheck> {

    private final Consumer<PersonHit> openExisting;

    PersonDuplicatesBox(PersonFormViewModel vm, I18n i18n, Consumer<PersonHit> openExisting) {
        super("person-duplicates", vm, i18n, vm.duplicates);
        this.openExisting = openExisting;
    }

    @Override
    protected void update(PersonService.DuplicateCheck d) {
        if (d == null || d.isEmpty()) {
            hide();
            return;
        }
        VBox box = show(i18n.t(d.blocks() ? "person.duplicates.blocking" : "person.duplicates.similar"),
                d.blocks() ? Styles.DANGER : Styles.WARNING);
        for (var s : d.listed()) {
            PersonHit h = s.person();
            Button open = new Button(i18n.t("person.duplicates.open"));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(e -> openExisting.accept(h));
            Label who = new Label(h.sortName() + " · " + PersonHitCell.details(h, i18n));
            Label why = new Label(reasons(s.reasons()));
            why.getStyleClass().add(Styles.TEXT_MUTED);
            HBox line = new HBox(10, open, who, why);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        if (!d.blocks()) {
            Button anyway = new Button(i18n.t("person.duplicates.createAnyway"));
            anyway.setId("person-create-anyway");
            anyway.setOnAction(e -> vm.saveDespiteSimilar());
            box.getChildren().add(anyway);
        }
    }

    /** The reasons in one line, "same name and surnames; same year of birth"; empty without reasons. */
    private String reasons(List<SimilarityReason> reasons) {
        return reasons.stream().map(r -> i18n.t(EntryLabels.similarityReason(r))).collect(Collectors.joining("; "));
    }
}
