package cat.teixit.gui.directory;

import cat.teixit.logic.common.Edit;
import cat.teixit.logic.directory.EntryForm;
import cat.teixit.model.directory.EntryRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The administrator keeping the directory: an entry's form, new or edited (only the fields changed are sent), and
 * deactivating an entry or activating it again. Does nothing for a user who may not edit. Use from the FX thread.
 */
final class EntryFormViewModel {

    /** The form's text fields, in the order the form shows them. */
    static final List<String> FIELDS = List.of("name", "administration", "audience", "requirements", "address",
            "municipality", "openingHours", "phone", "email", "web", "latitude", "longitude");

    private final DirectoryContext c;
    private final boolean mayEdit;
    /** Shows an entry saved: chosen afresh, and the search again. */
    private final Consumer<UUID> saved;
    public final BooleanProperty editing = new SimpleBooleanProperty();
    private final Map<String, StringProperty> form = new LinkedHashMap<>();
    public final ObjectProperty<String> formCategory = new SimpleObjectProperty<>();
    private EntryForm loaded;
    private UUID editedId;
    private long editedVersion;

    EntryFormViewModel(DirectoryContext context, boolean mayEdit, Consumer<UUID> saved) {
        this.c = context;
        this.mayEdit = mayEdit;
        this.saved = saved;
        FIELDS.forEach(f -> form.put(f, new SimpleStringProperty("")));
    }

    /** A text field of the form, by its name in {@link #FIELDS}. */
    public StringProperty field(String name) {
        return Objects.requireNonNull(form.get(name), name);
    }

    /** Starts a new entry in the form. */
    public void startNew() {
        if (!mayEdit) {
            return;
        }
        editedId = null;
        loaded = EntryForm.empty("SOCIAL_SERVICES");
        fill(loaded);
        editing.set(true);
    }

    /** Starts editing the entry chosen. */
    public void startEdit() {
        EntryRow r = c.selected().get();
        if (!mayEdit || r == null) {
            return;
        }
        editedId = r.id();
        editedVersion = r.rowVersion();
        loaded = formOf(r);
        fill(loaded);
        editing.set(true);
    }

    /** Leaves the form without saving. */
    public void cancelEdit() {
        editing.set(false);
        c.error().set(null);
    }

    /** The form's fields that differ from what it was loaded with (what a save sends), in {@link EntryForm}'s order. */
    public Set<String> changedFields() {
        EntryForm now = typed();
        return loaded == null || now == null ? Set.of() : Edit.differing(loaded, now);
    }

    /** Saves the form: a new entry, or only the fields changed of the one edited. */
    public void save() {
        EntryForm after = typed();
        if (after == null) {
            return;
        }
        EntryForm before = loaded;
        UUID id = editedId;
        long version = editedVersion;
        c.error().set(null);
        c.executor().run(() -> {
            if (id == null) {
                return c.services().directory().add(c.user(), after);
            }
            c.services().directory().edit(c.user(), id, version, before, after);
            return id;
        }, done -> {
            editing.set(false);
            c.notice().set(c.i18n().t("directory.saved"));
            saved.accept(done);
        }, c::failed);
    }

    /** Deactivates the entry chosen, or activates it again. */
    public void toggleActive() {
        EntryRow r = c.selected().get();
        if (!mayEdit || r == null) {
            return;
        }
        c.executor().run(() -> {
            c.services().directory().setActive(c.user(), r.id(), r.rowVersion(), !r.active());
            return r.id();
        }, saved, c::failed);
    }

    /** The form as typed, or null with the error said when a coordinate is not a number. */
    EntryForm typed() {
        Double lat;
        Double lon;
        try {
            lat = number(form.get("latitude").get());
            lon = number(form.get("longitude").get());
        } catch (NumberFormatException e) {
            c.error().set(c.i18n().t("directory.error.number"));
            return null;
        }
        return new EntryForm(text("name"), text("administration"), formCategory.get(), text("audience"),
                text("requirements"), text("address"), text("municipality"), text("openingHours"), text("phone"),
                text("email"), text("web"), lat, lon);
    }

    private String text(String field) {
        String t = form.get(field).get();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static Double number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Double.valueOf(typed.strip().replace(',', '.'));
    }

    private void fill(EntryForm f) {
        set("name", f.name());
        set("administration", f.administration());
        set("audience", f.audience());
        set("requirements", f.requirements());
        set("address", f.address());
        set("municipality", f.municipality());
        set("openingHours", f.openingHours());
        set("phone", f.phone());
        set("email", f.email());
        set("web", f.web());
        set("latitude", f.latitude() == null ? null : f.latitude().toString());
        set("longitude", f.longitude() == null ? null : f.longitude().toString());
        formCategory.set(f.category());
        c.error().set(null);
    }

    private void set(String field, String value) {
        form.get(field).set(value == null ? "" : value);
    }

    static EntryForm formOf(EntryRow r) {
        return new EntryForm(r.name(), r.administration(), r.category(), r.audience(), r.requirements(), r.address(),
                r.municipality(), r.openingHours(), r.phone(), r.email(), r.web(), r.latitude(), r.longitude());
    }
}
