package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.common.StaleRecordException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A person's form, for a first visit (creates person, household and case file) or to edit someone.
 * Fields validate as the user leaves them; saving re-validates, checks duplicates (same document
 * blocks, similar people warn, with the reason) and, for an edit, sends only the fields the user
 * changed (a field someone else changed meanwhile is shown side by side). Use from the FX thread.
 */
public final class PersonFormViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final PersonService people;
    private final Supplier<Language> language;
    private final PersonFormFields fields = new PersonFormFields();
    private final UUID personId;
    private UUID householdId;
    public final ObservableMap<String, ValidationErrors.Problem> errors = FXCollections.observableHashMap();
    public final ObjectProperty<PersonService.DuplicateCheck> duplicates = new SimpleObjectProperty<>();
    /** The version someone else saved, while a conflict waits for the user's choice. */
    public final ObjectProperty<PersonForm> conflict = new SimpleObjectProperty<>();
    /** The person as stored when loaded, and as the fields showed it then: an edit sends what differs. */
    private PersonForm loaded;
    private PersonForm shown;
    /** How many fields the last refused save asked to fix (0 once it saves). */
    public final IntegerProperty fieldsToFix = new SimpleIntegerProperty();
    /** Counts refused saves: each one asks the view to move to the first field to fix. */
    public final IntegerProperty refusedSaves = new SimpleIntegerProperty();
    public final ObjectProperty<String> failureKey = new SimpleObjectProperty<>();
    public final BooleanProperty saving = new SimpleBooleanProperty();
    public final BooleanProperty dirty = new SimpleBooleanProperty();
    public final BooleanProperty saved = new SimpleBooleanProperty();
    private final Set<String> touched = new HashSet<>();
    private final Consumer<PersonService.Created> onCreated;
    private boolean loading;

    /**
     * The form for {@code personId}, or for a new person when null ({@code onCreated} then gets what was
     * created).
     */
    public PersonFormViewModel(CurrentUser user, UiExecutor executor, PersonService people, Supplier<Language> language,
            UUID personId, Consumer<PersonService.Created> onCreated) {
        this.user = user;
        this.executor = executor;
        this.people = people;
        this.language = language;
        this.personId = personId;
        this.onCreated = onCreated;
        fields.all().forEach(p -> p.addListener((o, a, b) -> changed()));
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

    /** The person edited (null for a new one). */
    public UUID personId() {
        return personId;
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
        executor.run(() -> people.form(user, personId), this::fill, e -> failureKey.set(ErrorKeys.of(e)));
    }

    /** After a merge into this person: read them again. */
    void merged() {
        saved.set(true);
        load();
    }

    private void fill(PersonForm p) {
        loading = true;
        try {
            loaded = p;
            fields.show(p);
            shown = fields.form(new ValidationErrors());
            errors.clear();
            fieldsToFix.set(0);
            dirty.set(false);
            conflict.set(null);
        } finally {
            loading = false;
        }
    }

    /** The fields the user changed since the person was loaded (all of them for a new person). */
    public Set<String> changedFields() {
        return shown == null ? Set.of() : Edit.differing(shown, fields.form(new ValidationErrors()));
    }

    /** Inline validation when the user leaves {@code field}: only fields already visited show errors. */
    public void leave(String field) {
        touched.add(field);
        showErrors(validateAll(), touched);
    }

    private ValidationErrors validateAll() {
        ValidationErrors e = new ValidationErrors();
        PersonForm f = fields.form(e);
        try {
            people.validate(f);
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
        // After a refused save, "N fields to fix" follows the fields fixed since.
        if (fieldsToFix.get() > 0) {
            fieldsToFix.set(errors.size());
        }
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
            refuse(blocking);
            return;
        }
        fieldsToFix.set(0);
        if (!isNew() && changed.isEmpty()) {
            dirty.set(false);
            saved.set(true);
            return;
        }
        PersonForm f = fields.form(new ValidationErrors());
        saving.set(true);
        if (isNew()) {
            Language lang = language.get();
            executor.run(() -> {
                PersonService.DuplicateCheck check = people.checkDuplicates(user, f, null, lang);
                if (check.blocks() || (!check.isEmpty() && !similarConfirmed)) {
                    return new Outcome(check, null);
                }
                if (householdId != null) {
                    if (fields.relationship.get() == null) {
                        new ValidationErrors().add("relationship", "validation.required").throwIfAny();
                    }
                    UUID id = people.addToHousehold(user, householdId, f, fields.relationship.get(),
                            java.time.LocalDate.now(I18n.ZONE));
                    return new Outcome(null, new PersonService.Created(id, householdId, null));
                }
                return new Outcome(null, people.createWithNewHousehold(user, f, fields.housingTenure.get()));
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
            executor.run(() -> {
                people.update(user, personId, edit);
                return people.form(user, personId);
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
            refuse(v.errors());
        } else if (e instanceof StaleRecordException) {
            // Someone changed what this user changed since we loaded it: show theirs beside ours; nothing is lost.
            executor.run(() -> people.form(user, personId), conflict::set,
                    x -> failureKey.set(ErrorKeys.of(x)));
        } else {
            failureKey.set(ErrorKeys.of(e));
        }
    }

    /**
     * A save refused for the fields of {@code problems}: the view says how many and moves to the first. They count as
     * visited, so the inline validation of a field left afterwards (the view moving the focus is one) keeps them shown.
     */
    private void refuse(ValidationErrors problems) {
        touched.addAll(problems.byField().keySet());
        fieldsToFix.set(problems.byField().size());
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

    /** The form's fields, as the view binds them. */
    public PersonFormFields fields() {
        return fields;
    }

    /** The form as typed (for the conflict comparison). */
    public PersonForm typed() {
        return fields.form(new ValidationErrors());
    }
}
