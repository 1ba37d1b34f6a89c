package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.catalogue.Catalogue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Above the person form, when someone else changed a field this user changed too: both values side by
 * side, to keep mine or take theirs. Use from the FX thread.
 */
final class PersonConflictBox extends WarningCard<PersonForm> {

    private final Codes codes;

    PersonConflictBox(PersonFormViewModel vm, I18n i18n, Codes codes) {
        super("person-conflict", vm, i18n, vm.conflict);
        this.codes = codes;
    }

    @Override
    protected void update(PersonForm theirs) {
        if (theirs == null) {
            hide();
            return;
        }
        VBox box = show(i18n.t("person.conflict.message"), Styles.WARNING);
        GridPane cmp = new GridPane();
        cmp.setHgap(16);
        cmp.setVgap(4);
        cmp.addRow(0, new Label(""), bold(i18n.t("person.conflict.mine")), bold(i18n.t("person.conflict.theirs")));
        PersonForm mine = vm.typed();
        int r = 1;
        // What this user changed, beside what is saved now: the other fields keep the saved values.
        for (String field : vm.changedFields()) {
            String a = shown(field, mine);
            String b = shown(field, theirs);
            if (!a.equals(b)) {
                cmp.addRow(r++, new Label(i18n.t(label(field))), new Label(a), new Label(b));
            }
        }
        Button keepMine = new Button(i18n.t("person.conflict.keepMine"));
        keepMine.setId("person-conflict-keep-mine");
        keepMine.setOnAction(e -> vm.keepMine());
        Button takeTheirs = new Button(i18n.t("person.conflict.takeTheirs"));
        takeTheirs.setId("person-conflict-take-theirs");
        takeTheirs.setOnAction(e -> vm.takeTheirs());
        box.getChildren().addAll(cmp, new HBox(10, keepMine, takeTheirs));
    }

    /** A field's value as the form shows it: codes by their label, dates as people write them. */
    private String shown(String field, PersonForm f) {
        Object v = switch (field) {
            case "givenName" -> f.givenName();
            case "surname1" -> f.surname1();
            case "surname2" -> f.surname2();
            case "docType" -> f.docType() == null ? null : i18n.t(EntryLabels.docType(f.docType()));
            case "docNumber" -> f.docNumber();
            case "birthDate" -> f.birthDate() == null ? null : i18n.formatDate(f.birthDate());
            case "sex" -> f.sex() == null ? null : i18n.t(EntryLabels.sex(f.sex()));
            case "nationality" -> code(Catalogue.COUNTRY, f.nationality());
            case "motherTongue" -> code(Catalogue.LANGUAGE, f.motherTongue());
            case "phone" -> f.phone();
            case "email" -> f.email();
            case "address" -> f.address();
            case "municipality" -> code(Catalogue.MUNICIPALITY, f.municipality());
            case "district" -> f.district();
            case "healthCard" -> f.healthCard();
            case "disabilityDegree" -> f.disabilityDegree() == null ? null : f.disabilityDegree() + " %";
            case "dependencyGrade" -> code(Catalogue.DEPENDENCY_GRADE, f.dependencyGrade());
            case "civilStatus" -> code(Catalogue.CIVIL_STATUS, f.civilStatus());
            case "educationLevel" -> code(Catalogue.EDUCATION_LEVEL, f.educationLevel());
            case "employment" -> code(Catalogue.EMPLOYMENT, f.employment());
            case "incomeNotes" -> f.incomeNotes();
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? "" : v.toString().strip();
    }

    private String code(Catalogue catalogue, String code) {
        return code == null || code.isBlank() ? null : codes.label(catalogue, code);
    }

    /** The label key of a field of the person form. */
    static String label(String field) {
        return "person." + field;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
