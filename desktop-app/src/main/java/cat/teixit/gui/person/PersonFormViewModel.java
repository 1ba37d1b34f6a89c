package cat.teixit.gui.person;

import cat.teixit.gui.casefile.CaseServices;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Person;
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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A person's form, for a first visit (creates person, household and case file) or to edit someone.
 * Fields validate as the user leaves them; saving re-validates, checks duplicates (same document
 * blocks, similar name and birth date warns) and detects a stale copy. Use from the FX thread.
 */
public final class PersonFormViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CaseServices s;
    private final UUID personId;
    private long rowVersion;
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
    private final StringProperty housingTenure = new SimpleStringProperty();
    private final StringProperty relationship = new SimpleStringProperty();
    private UUID householdId;
    private final ObservableMap<String, ValidationErrors.Problem> errors = FXCollections.observableHashMap();
    private final ObjectProperty<PersonService.DuplicateCheck> duplicates = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> conflict = new SimpleObjectProperty<>();
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
                district, nationality, municipality, housingTenure)) {
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
        s.executor().run(() -> s.people().load(s.user(), personId), this::fill, e -> failureKey.set(ErrorKeys.of(e)));
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

    private void fill(Person p) {
        loading = true;
        try {
            rowVersion = p.getRowVersion();
            givenName.set(nz(p.getGivenName()));
            surname1.set(nz(p.getSurname1()));
            surname2.set(nz(p.getSurname2()));
            docType.set(p.getIdDocType());
            docNumber.set(nz(p.getIdDocNumber()));
            birthDate.set(p.getBirthDate() == null ? "" : p.getBirthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            sex.set(p.getSex());
            nationality.set(p.getNationality());
            phone.set(nz(p.getPhone()));
            email.set(nz(p.getEmail()));
            address.set(nz(p.getAddress()));
            municipality.set(p.getMunicipality());
            district.set(nz(p.getDistrict()));
            errors.clear();
            dirty.set(false);
            conflict.set(null);
        } finally {
            loading = false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Builds the form; a date that is not a date becomes a field error. */
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
        return new PersonForm(givenName.get(), surname1.get(), surname2.get(), docType.get(), docNumber.get(), birth,
                sex.get(), nationality.get(), null, phone.get(), email.get(), address.get(), municipality.get(),
                district.get(), null, null, null, null, null, null, null);
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
        ValidationErrors e = validateAll();
        showErrors(e, null);
        if (!e.isEmpty()) {
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
            long version = rowVersion;
            s.executor().run(() -> {
                s.people().update(s.user(), personId, version, f);
                return s.people().load(s.user(), personId);
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
        } else if (e instanceof StaleRecordException) {
            // Someone saved this person since we loaded it: show theirs beside ours; nothing is lost.
            s.executor().run(() -> s.people().load(s.user(), personId), conflict::set,
                    x -> failureKey.set(ErrorKeys.of(x)));
        } else {
            failureKey.set(ErrorKeys.of(e));
        }
    }

    /** Conflict resolution: keep what I typed, saving it over the other version. */
    public void keepMine() {
        Person theirs = conflict.get();
        if (theirs != null) {
            rowVersion = theirs.getRowVersion();
            conflict.set(null);
            save();
        }
    }

    /** Conflict resolution: drop what I typed and take the saved version. */
    public void takeTheirs() {
        Person theirs = conflict.get();
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
    public ObjectProperty<Person> conflictProperty() {
        return conflict;
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
