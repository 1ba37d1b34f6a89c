package cat.teixit.gui.person;

import cat.teixit.gui.casefile.CaseServices;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.common.StaleRecordException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A person's form, for a first visit (creates person, household and case file) or to edit someone.
 * Fields validate as the user leaves them; saving re-validates, checks duplicates (same document
 * blocks, similar people warn, with the reason) and, for an edit, sends only the fields the user
 * changed (a field someone else changed meanwhile is shown side by side). Use from the FX thread.
 */
public final class PersonFormViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CaseServices s;
    private final UUID personId;
    private final StringProperty givenName = new SimpleStringProperty("");
    private final StringProperty surname1 = new SimpleStringProperty("");
    private final StringProperty surname2 = new SimpleStringProperty("");
    private final ObjectProperty<IdDocumentType> docType = new SimpleObjectProperty<>(IdDocumentType.DNI);
    private final StringProperty docNumber = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty nationality = new SimpleStringProperty();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty municipality = new SimpleStringProperty();
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty motherTongue = new SimpleStringProperty();
    private final StringProperty healthCard = new SimpleStringProperty("");
    private final StringProperty disabilityDegree = new SimpleStringProperty("");
    private final StringProperty dependencyGrade = new SimpleStringProperty();
    private final StringProperty civilStatus = new SimpleStringProperty();
    private final StringProperty educationLevel = new SimpleStringProperty();
    private final StringProperty employment = new SimpleStringProperty();
    private final StringProperty incomeNotes = new SimpleStringProperty("");
    private final StringProperty housingTenure = new SimpleStringProperty();
    private final StringProperty relationship = new SimpleStringProperty();
    private UUID householdId;
    private final ObservableMap<String, ValidationErrors.Problem> errors = FXCollections.observableHashMap();
    private final ObjectProperty<PersonService.DuplicateCheck> duplicates = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonForm> conflict = new SimpleObjectProperty<>();
    /** The person as stored when loaded, and as the fields showed it then: an edit sends what differs. */
    private PersonForm loaded;
    private PersonForm shown;
    private final IntegerProperty fieldsToFix = new SimpleIntegerProperty();
    private final IntegerProperty refusedSaves = new SimpleIntegerProperty();
    private final ObjectProperty<String> failureKey = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final Set<String> touched = new HashSet<>();
    private final ObjectProperty<java.util.List<PersonService.Membership>> households = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableList<cat.teixit.logic.search.PersonHit> mergeCandidates =
            FXCollections.observableArrayList();
    private long mergeSearch;
    private final Consumer<PersonService.Created> onCreated;
    private boolean loading;

    /** A new person (first visit); {@code onCreated} gets what was created. */
    public PersonFormViewModel(CaseServices services, Consumer<PersonService.Created> onCreated) {
        this(services, null, onCreated);
    }

    /** An existing person to edit. */
    public PersonFormViewModel(CaseServices services, UUID personId) {
        this(services, personId, c -> { });
    }

    private PersonFormViewModel(CaseServices services, UUID personId, Consumer<PersonService.Created> onCreated) {
        this.s = services;
        this.personId = personId;
        this.onCreated = onCreated;
        for (var p : java.util.List.of(givenName, surname1, surname2, docNumber, birthDate, phone, email, address,
                district, nationality, municipality, housingTenure, relationship, motherTongue, healthCard,
                disabilityDegree, dependencyGrade, civilStatus, educationLevel, employment, incomeNotes)) {
            p.addListener((o, a, b) -> changed());
        }
        docType.addListener((o, a, b) -> changed());
        sex.addListener((o, a, b) -> changed());
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
            saved.set(false);
            duplicates.set(null);
        }
    }

    public boolean isNew() {
        return personId == null;
    }

    /** A new person who joins an existing household (instead of starting a new one). */
    public PersonFormViewModel joining(UUID household) {
        this.householdId = household;
        return this;
    }

    /** The household the new person joins, or null for a first visit with a new household. */
    public UUID joiningHousehold() {
        return householdId;
    }

    /** Loads the person being edited (from the store, in the background). */
    public void load() {
        if (personId == null) {
            return;
        }
        s.executor().run(() -> s.people().form(s.user(), personId), this::fill, e -> failureKey.set(ErrorKeys.of(e)));
        s.executor().run(() -> s.people().households(s.user(), personId), households::set, e -> { });
    }

    public ObjectProperty<java.util.List<PersonService.Membership>> householdsProperty() {
        return households;
    }

    public javafx.collections.ObservableList<cat.teixit.logic.search.PersonHit> mergeCandidates() {
        return mergeCandidates;
    }

    /** People who could be this same person, to merge (this person is never listed). */
    public void searchMergeCandidates(String query) {
        long mine = ++mergeSearch;
        if (query == null || query.isBlank()) {
            mergeCandidates.clear();
            return;
        }
        s.executor().run(() -> s.search().search(s.user(), query, 20, s.i18n().language()).stream()
                .filter(h -> !h.personId().equals(personId)).toList(), hits -> {
                    if (mine == mergeSearch) {
                        mergeCandidates.setAll(hits);
                    }
                }, e -> { });
    }

    /** Merges {@code duplicateId} into this person, keeping every record of both. */
    public void merge(UUID duplicateId) {
        s.executor().run(() -> {
            s.people().merge(s.user(), personId, duplicateId);
            return null;
        }, ok -> {
            mergeCandidates.clear();
            saved.set(true);
            load();
        }, e -> failureKey.set(ErrorKeys.of(e)));
    }

    private void fill(PersonForm p) {
        loading = true;
        try {
            loaded = p;
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
            shown = form(new ValidationErrors());
            errors.clear();
            fieldsToFix.set(0);
            dirty.set(false);
            conflict.set(null);
        } finally {
            loading = false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Builds the form; a date or a percentage that is not one becomes a field error. */
    private PersonForm form(ValidationErrors e) {
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

    /** The fields the user changed since the person was loaded (all of them for a new person). */
    public Set<String> changedFields() {
        return shown == null ? Set.of() : Edit.differing(shown, form(new ValidationErrors()));
    }

    /** Inline validation when the user leaves {@code field}: only fields already visited show errors. */
    public void leave(String field) {
        touched.add(field);
        showErrors(validateAll(), touched);
    }

    private ValidationErrors validateAll() {
        ValidationErrors e = new ValidationErrors();
        PersonForm f = form(e);
        try {
            s.people().validate(f);
        } catch (ValidationException v) {
            v.errors().byField().forEach((k, p) -> e.add(k, p.key(), p.args()));
        }
        return e;
    }

    private void showErrors(ValidationErrors e, Set<String> fields) {
        errors.clear();
        e.byField().forEach((k, p) -> {
            if (fields == null || fields.contains(k)) {
                errors.put(k, p);
            }
        });
    }

    /** Saves: validates everything, checks duplicates (new person), then creates or updates. */
    public void save() {
        save(false);
    }

    /** Saves despite a warning about similar people (the user looked and confirmed). */
    public void saveDespiteSimilar() {
        save(true);
    }

    private void save(boolean similarConfirmed) {
        failureKey.set(null);
        Set<String> changed = changedFields();
        ValidationErrors e = validateAll();
        // An edit answers for what the user changed; a new person for everything.
        ValidationErrors blocking = isNew() ? e : e.only(PersonForm.fieldsToWrite(changed)::contains);
        showErrors(blocking, null);
        if (!blocking.isEmpty()) {
            refuse(blocking.byField().size());
            return;
        }
        fieldsToFix.set(0);
        if (!isNew() && changed.isEmpty()) {
            dirty.set(false);
            saved.set(true);
            return;
        }
        PersonForm f = form(new ValidationErrors());
        saving.set(true);
        if (isNew()) {
            s.executor().run(() -> {
                PersonService.DuplicateCheck check = s.people().checkDuplicates(s.user(), f, null, s.i18n().language());
                if (check.blocks() || (!check.isEmpty() && !similarConfirmed)) {
                    return new Outcome(check, null);
                }
                if (householdId != null) {
                    if (relationship.get() == null) {
                        new ValidationErrors().add("relationship", "validation.required").throwIfAny();
                    }
                    UUID id = s.people().addToHousehold(s.user(), householdId, f, relationship.get(),
                            java.time.LocalDate.now(cat.teixit.logic.casefile.CaseDeps.ZONE));
                    return new Outcome(null, new PersonService.Created(id, householdId, null));
                }
                return new Outcome(null, s.people().createWithNewHousehold(s.user(), f, housingTenure.get()));
            }, out -> {
                saving.set(false);
                if (out.created() != null) {
                    dirty.set(false);
                    saved.set(true);
                    onCreated.accept(out.created());
                } else {
                    duplicates.set(out.check());
                    if (out.check().blocks()) {
                        errors.put("docNumber", new ValidationErrors.Problem("person.error.duplicateDocument"));
                    }
                }
            }, this::failed);
        } else {
            Edit<PersonForm> edit = new Edit<>(loaded, f, changed);
            s.executor().run(() -> {
                s.people().update(s.user(), personId, edit);
                return s.people().form(s.user(), personId);
            }, p -> {
                saving.set(false);
                fill(p);
                saved.set(true);
            }, this::failed);
        }
    }

    private record Outcome(PersonService.DuplicateCheck check, PersonService.Created created) {
    }

    private void failed(Throwable e) {
        saving.set(false);
        if (e instanceof ValidationException v) {
            errors.clear();
            errors.putAll(v.errors().byField());
            refuse(v.errors().byField().size());
        } else if (e instanceof StaleRecordException) {
            // Someone changed what this user changed since we loaded it: show theirs beside ours; nothing is lost.
            s.executor().run(() -> s.people().form(s.user(), personId), conflict::set,
                    x -> failureKey.set(ErrorKeys.of(x)));
        } else {
            failureKey.set(ErrorKeys.of(e));
        }
    }

    /** A save refused for {@code count} fields: the view says how many and moves to the first. */
    private void refuse(int count) {
        fieldsToFix.set(count);
        refusedSaves.set(refusedSaves.get() + 1);
    }

    /** Conflict resolution: keep what I changed, saving it over the other version (their other changes stay). */
    public void keepMine() {
        PersonForm theirs = conflict.get();
        if (theirs != null) {
            loaded = theirs;
            conflict.set(null);
            save();
        }
    }

    /** Conflict resolution: drop what I typed and take the saved version. */
    public void takeTheirs() {
        PersonForm theirs = conflict.get();
        if (theirs != null) {
            fill(theirs);
        }
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty surname1Property() {
        return surname1;
    }

    public StringProperty surname2Property() {
        return surname2;
    }

    public ObjectProperty<IdDocumentType> docTypeProperty() {
        return docType;
    }

    public StringProperty docNumberProperty() {
        return docNumber;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty nationalityProperty() {
        return nationality;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty housingTenureProperty() {
        return housingTenure;
    }

    public StringProperty relationshipProperty() {
        return relationship;
    }

    public ObservableMap<String, ValidationErrors.Problem> errors() {
        return errors;
    }

    public ObjectProperty<PersonService.DuplicateCheck> duplicatesProperty() {
        return duplicates;
    }

    /** The version someone else saved, while a conflict waits for the user's choice. */
    public ObjectProperty<PersonForm> conflictProperty() {
        return conflict;
    }

    /** How many fields the last refused save asked to fix (0 once it saves). */
    public IntegerProperty fieldsToFixProperty() {
        return fieldsToFix;
    }

    /** Counts refused saves: each one asks the view to move to the first field to fix. */
    public IntegerProperty refusedSavesProperty() {
        return refusedSaves;
    }

    public StringProperty motherTongueProperty() {
        return motherTongue;
    }

    public StringProperty healthCardProperty() {
        return healthCard;
    }

    public StringProperty disabilityDegreeProperty() {
        return disabilityDegree;
    }

    public StringProperty dependencyGradeProperty() {
        return dependencyGrade;
    }

    public StringProperty civilStatusProperty() {
        return civilStatus;
    }

    public StringProperty educationLevelProperty() {
        return educationLevel;
    }

    public StringProperty employmentProperty() {
        return employment;
    }

    public StringProperty incomeNotesProperty() {
        return incomeNotes;
    }

    public ObjectProperty<String> failureKeyProperty() {
        return failureKey;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savedProperty() {
        return saved;
    }

    /** The form as typed (for the conflict comparison). */
    public PersonForm typed() {
        return form(new ValidationErrors());
    }
}
