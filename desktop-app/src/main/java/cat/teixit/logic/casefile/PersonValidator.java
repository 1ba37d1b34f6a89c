package cat.teixit.logic.casefile;

import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.model.casefile.IdDocumentType;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Checks a person form and normalises it (trimmed texts, document number in upper case). Field
 * names in the errors are the form's component names. Stateless apart from the catalogues.
 */
public final class PersonValidator {

    public static final int NAME_MAX = 80;
    public static final int TEXT_MAX = 200;
    public static final int NOTES_MAX = 4000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]{9,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' ’·.\\-]+");

    private final CatalogueService catalogues;

    public PersonValidator(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    /** The cleaned form, or a {@link cat.teixit.logic.common.ValidationException} listing every problem. */
    public PersonForm validate(PersonForm f, LocalDate today) {
        return validate(f, today, field -> true);
    }

    /**
     * The cleaned form, or a {@link cat.teixit.logic.common.ValidationException} listing the problems
     * of the fields {@code checked} accepts: an edit answers for the fields it changes, not for a value
     * stored long ago under other rules.
     */
    public PersonForm validate(PersonForm f, LocalDate today, java.util.function.Predicate<String> checked) {
        ValidationErrors e = new ValidationErrors();
        String given = name(e, "givenName", f.givenName(), true);
        String s1 = name(e, "surname1", f.surname1(), false);
        String s2 = name(e, "surname2", f.surname2(), false);
        IdDocumentType type = f.docType() == null ? IdDocumentType.NONE : f.docType();
        String doc = IdDocuments.normalize(Texts.clean(f.docNumber()));
        switch (type) {
            case NONE -> doc = null;
            case DNI -> doc = checked(e, doc, IdDocuments.checkDni(doc), "person.error.dniFormat", "person.error.dniLetter");
            case NIE -> doc = checked(e, doc, IdDocuments.checkNie(doc), "person.error.nieFormat", "person.error.nieLetter");
            case PASSPORT, OTHER -> {
                if (doc == null) {
                    e.add("docNumber", "validation.required");
                } else if (!IdDocuments.isPlausiblePassport(doc)) {
                    e.add("docNumber", "person.error.document");
                }
            }
        }
        if (f.birthDate() != null) {
            if (f.birthDate().isAfter(today)) {
                e.add("birthDate", "validation.date.future");
            } else if (f.birthDate().isBefore(today.minusYears(120))) {
                e.add("birthDate", "validation.date.tooOld");
            }
        }
        String phone = Texts.clean(f.phone());
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 9)) {
            e.add("phone", "person.error.phone");
        }
        String email = Texts.clean(f.email());
        if (email != null && (email.length() > TEXT_MAX || !EMAIL.matcher(email).matches())) {
            e.add("email", "person.error.email");
        }
        if (f.disabilityDegree() != null && (f.disabilityDegree() < 0 || f.disabilityDegree() > 100)) {
            e.add("disabilityDegree", "person.error.disability");
        }
        code(e, "nationality", Catalogue.COUNTRY, f.nationality());
        code(e, "motherTongue", Catalogue.LANGUAGE, f.motherTongue());
        code(e, "municipality", Catalogue.MUNICIPALITY, f.municipality());
        code(e, "dependencyGrade", Catalogue.DEPENDENCY_GRADE, f.dependencyGrade());
        code(e, "civilStatus", Catalogue.CIVIL_STATUS, f.civilStatus());
        code(e, "educationLevel", Catalogue.EDUCATION_LEVEL, f.educationLevel());
        code(e, "employment", Catalogue.EMPLOYMENT, f.employment());
        String address = e.text("address", f.address(), TEXT_MAX);
        String district = e.text("district", f.district(), TEXT_MAX);
        String card = e.text("healthCard", f.healthCard(), 40);
        String income = e.text("incomeNotes", f.incomeNotes(), NOTES_MAX);
        e.only(checked).throwIfAny();
        return new PersonForm(given, s1, s2, type, doc, f.birthDate(), f.sex(), blankToNull(f.nationality()),
                blankToNull(f.motherTongue()), phone, email, address, blankToNull(f.municipality()), district, card,
                f.disabilityDegree(), blankToNull(f.dependencyGrade()), blankToNull(f.civilStatus()),
                blankToNull(f.educationLevel()), blankToNull(f.employment()), income);
    }

    private static String checked(ValidationErrors e, String doc, IdDocuments.Check check, String formatKey,
            String letterKey) {
        if (doc == null) {
            e.add("docNumber", "validation.required");
        } else if (check == IdDocuments.Check.BAD_FORMAT) {
            e.add("docNumber", formatKey);
        } else if (check == IdDocuments.Check.BAD_LETTER) {
            e.add("docNumber", letterKey);
        }
        return doc;
    }

    private static String name(ValidationErrors e, String field, String raw, boolean required) {
        String v = Texts.clean(raw);
        if (v == null) {
            if (required) {
                e.add(field, "validation.required");
            }
            return null;
        }
        if (v.length() > NAME_MAX) {
            e.add(field, "validation.tooLong", NAME_MAX);
        } else if (!NAME.matcher(v).matches()) {
            e.add(field, "person.error.name");
        }
        return v;
    }

    private void code(ValidationErrors e, String field, Catalogue catalogue, String code) {
        if (code != null && !code.isBlank() && !catalogues.isActive(catalogue, code)) {
            e.add(field, "validation.unknownCode");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
