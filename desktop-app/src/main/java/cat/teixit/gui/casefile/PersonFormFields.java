package cat.teixit.gui.casefile;

import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The person form's fields as the user types them (texts as typed, codes as chosen), shown from and
 * read into a {@link PersonForm}. Use from the FX thread.
 */
public final class PersonFormFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public final StringProperty givenName = new SimpleStringProperty("");
    public final StringProperty surname1 = new SimpleStringProperty("");
    public final StringProperty surname2 = new SimpleStringProperty("");
    public final ObjectProperty<IdDocumentType> docType = new SimpleObjectProperty<>(IdDocumentType.DNI);
    public final StringProperty docNumber = new SimpleStringProperty("");
    public final StringProperty birthDate = new SimpleStringProperty("");
    public final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    public final StringProperty nationality = new SimpleStringProperty();
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final StringProperty address = new SimpleStringProperty("");
    public final StringProperty municipality = new SimpleStringProperty();
    public final StringProperty district = new SimpleStringProperty("");
    public final StringProperty motherTongue = new SimpleStringProperty();
    public final StringProperty healthCard = new SimpleStringProperty("");
    public final StringProperty disabilityDegree = new SimpleStringProperty("");
    public final StringProperty dependencyGrade = new SimpleStringProperty();
    public final StringProperty civilStatus = new SimpleStringProperty();
    public final StringProperty educationLevel = new SimpleStringProperty();
    public final StringProperty employment = new SimpleStringProperty();
    public final StringProperty incomeNotes = new SimpleStringProperty("");
    public final StringProperty housingTenure = new SimpleStringProperty();
    public final StringProperty relationship = new SimpleStringProperty();

    /** Every field, to follow changes. */
    List<Property<?>> all() {
        return List.of(givenName, surname1, surname2, docType, docNumber, birthDate, sex, nationality, phone, email,
                address, municipality, district, housingTenure, relationship, motherTongue, healthCard,
                disabilityDegree, dependencyGrade, civilStatus, educationLevel, employment, incomeNotes);
    }

    /** Shows what is stored. */
    void show(PersonForm p) {
        givenName.set(nz(p.givenName()));
        surname1.set(nz(p.surname1()));
        surname2.set(nz(p.surname2()));
        docType.set(p.docType());
        docNumber.set(nz(p.docNumber()));
        birthDate.set(p.birthDate() == null ? "" : p.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        sex.set(p.sex());
        nationality.set(p.nationality());
        motherTongue.set(p.motherTongue());
        phone.set(nz(p.phone()));
        email.set(nz(p.email()));
        address.set(nz(p.address()));
        municipality.set(p.municipality());
        district.set(nz(p.district()));
        healthCard.set(nz(p.healthCard()));
        disabilityDegree.set(p.disabilityDegree() == null ? "" : p.disabilityDegree().toString());
        dependencyGrade.set(p.dependencyGrade());
        civilStatus.set(p.civilStatus());
        educationLevel.set(p.educationLevel());
        employment.set(p.employment());
        incomeNotes.set(nz(p.incomeNotes()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Builds the form; a date or a percentage that is not one becomes a field error. */
    PersonForm form(ValidationErrors e) {
        LocalDate birth = null;
        String b = birthDate.get() == null ? "" : birthDate.get().strip();
        if (!b.isEmpty()) {
            try {
                birth = LocalDate.parse(b, DATE);
            } catch (DateTimeParseException x) {
                e.add("birthDate", "validation.date.format");
            }
        }
        Integer disability = null;
        String d = disabilityDegree.get() == null ? "" : disabilityDegree.get().strip().replace("%", "").strip();
        if (!d.isEmpty()) {
            try {
                disability = Integer.valueOf(d);
            } catch (NumberFormatException x) {
                e.add("disabilityDegree", "person.error.disability");
            }
        }
        return new PersonForm(givenName.get(), surname1.get(), surname2.get(), docType.get(), docNumber.get(), birth,
                sex.get(), nationality.get(), motherTongue.get(), phone.get(), email.get(), address.get(),
                municipality.get(), district.get(), healthCard.get(), disability, dependencyGrade.get(), civilStatus.get(),
                educationLevel.get(), employment.get(), incomeNotes.get());
    }
}
