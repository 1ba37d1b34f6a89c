package cat.teixit.gui.directory;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.directory.DirectoryService;
import cat.teixit.logic.directory.DirectorySheet;
import cat.teixit.logic.directory.EntryForm;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.model.directory.EntryRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The resource directory's screen: the search (typed text and a category) and its results, the entry chosen; for the
 * administrator, the entry's form (new or edited: only the fields changed are sent) and deactivating; for a
 * professional, the sheet for the person, and a referral of a case file to the entry or the sheet filed in it. Use
 * from the FX thread.
 */
public final class DirectoryViewModel {

    /** The form's text fields, in the order the form shows them. */
    static final List<String> FIELDS = List.of("name", "administration", "audience", "requirements", "address",
            "municipality", "openingHours", "phone", "email", "web", "latitude", "longitude");

    /** What the screen needs beyond the directory: printing the sheet, the user's case files and referrals. */
    public record Services(DirectoryService directory, DirectorySheet sheets, DocumentService documents,
            CaseFileService caseFiles, ReferralService referrals, SystemViewer viewer, boolean mayUseCaseFiles) {
    }

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Services s;
    private final Function<Throwable, String> describe;
    private final boolean mayEdit;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final BooleanProperty showInactive = new SimpleBooleanProperty();
    private final ObservableList<EntryRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<EntryRow> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final Map<String, StringProperty> form = new LinkedHashMap<>();
    private final ObjectProperty<String> formCategory = new SimpleObjectProperty<>();
    private final ObservableList<CaseFileService.CaseFileSummary> caseChoices = FXCollections.observableArrayList();
    private final ObjectProperty<CaseFileService.CaseFileSummary> caseFile = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private EntryForm loaded;
    private UUID editedId;
    private long editedVersion;
    private long searches;

    public DirectoryViewModel(CurrentUser user, UiExecutor executor, I18n i18n, Services services,
            Function<Throwable, String> describe) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.s = services;
        this.describe = describe;
        this.mayEdit = services.directory().mayEdit(user);
        FIELDS.forEach(f -> form.put(f, new SimpleStringProperty("")));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObservableList<EntryRow> results() {
        return results;
    }

    public ObjectProperty<EntryRow> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    /** A text field of the form, by its name in {@link #FIELDS}. */
    public StringProperty field(String name) {
        return Objects.requireNonNull(form.get(name), name);
    }

    public ObjectProperty<String> formCategoryProperty() {
        return formCategory;
    }

    public ObservableList<CaseFileService.CaseFileSummary> caseChoices() {
        return caseChoices;
    }

    public ObjectProperty<CaseFileService.CaseFileSummary> caseFileProperty() {
        return caseFile;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** True when the user may add and change entries (the administrator). */
    public boolean mayEdit() {
        return mayEdit;
    }

    /** True when the user may refer a case file and file the sheet in it. */
    public boolean mayUseCaseFiles() {
        return s.mayUseCaseFiles();
    }

    /** The screen is shown: the search as it stands, and the user's case files to refer. */
    public void load() {
        search();
        if (s.mayUseCaseFiles()) {
            executor.run(() -> s.caseFiles().mine(user), caseChoices::setAll, e -> error.set(describe.apply(e)));
        }
    }

    /** Searches again with the text and category as they are now (a later search's answer replaces an earlier one). */
    public void search() {
        long mine = ++searches;
        String text = query.get();
        String cat = category.get();
        boolean all = showInactive.get() && mayEdit;
        executor.run(() -> all ? everything(text, cat) : s.directory().search(user, text, cat), rows -> {
            if (mine != searches) {
                return;
            }
            results.setAll(rows);
            status.set(rows.isEmpty() ? i18n.t("directory.results.none") : i18n.t("directory.results.count", rows.size()));
            // The entry chosen stays chosen (its newer state when listed), also when the search no longer lists it.
            EntryRow was = selected.get();
            if (was != null) {
                rows.stream().filter(r -> r.id().equals(was.id())).findFirst().ifPresent(selected::set);
            }
        }, e -> error.set(describe.apply(e)));
    }

    /**
     * The administrator's list: every entry, deactivated ones too, whose name and municipality hold every typed word
     * (accents and case aside).
     */
    private List<EntryRow> everything(String text, String cat) {
        List<String> words = List.of(Texts.fold(text == null ? "" : text).toLowerCase(Locale.ROOT).split("\\s+"));
        return s.directory().all(user).stream()
                .filter(r -> cat == null || cat.equals(r.category()))
                .filter(r -> {
                    String where = Texts.fold(r.name() + " " + r.municipality()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(where::contains);
                }).toList();
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
        EntryRow r = selected.get();
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
        error.set(null);
    }

    /** The form's fields that differ from what it was loaded with (what a save sends). */
    public List<String> changedFields() {
        EntryForm now = typed();
        List<String> changed = new ArrayList<>();
        if (loaded == null || now == null) {
            return changed;
        }
        compare(changed, "name", loaded.name(), now.name());
        compare(changed, "administration", loaded.administration(), now.administration());
        compare(changed, "category", loaded.category(), now.category());
        compare(changed, "audience", loaded.audience(), now.audience());
        compare(changed, "requirements", loaded.requirements(), now.requirements());
        compare(changed, "address", loaded.address(), now.address());
        compare(changed, "municipality", loaded.municipality(), now.municipality());
        compare(changed, "openingHours", loaded.openingHours(), now.openingHours());
        compare(changed, "phone", loaded.phone(), now.phone());
        compare(changed, "email", loaded.email(), now.email());
        compare(changed, "web", loaded.web(), now.web());
        compare(changed, "latitude", loaded.latitude(), now.latitude());
        compare(changed, "longitude", loaded.longitude(), now.longitude());
        return changed;
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
        error.set(null);
        executor.run(() -> {
            if (id == null) {
                return s.directory().add(user, after);
            }
            s.directory().edit(user, id, version, before, after);
            return id;
        }, saved -> {
            editing.set(false);
            notice.set(i18n.t("directory.saved"));
            selectAfterSave(saved);
        }, e -> error.set(describe.apply(e)));
    }

    private void selectAfterSave(UUID id) {
        executor.run(() -> s.directory().entry(user, id).orElse(null), r -> {
            selected.set(r);
            search();
        }, e -> error.set(describe.apply(e)));
    }

    /** Deactivates the entry chosen, or activates it again. */
    public void toggleActive() {
        EntryRow r = selected.get();
        if (!mayEdit || r == null) {
            return;
        }
        executor.run(() -> {
            s.directory().setActive(user, r.id(), r.rowVersion(), !r.active());
            return r.id();
        }, this::selectAfterSave, e -> error.set(describe.apply(e)));
    }

    /** The sheet of the entry chosen, opened in the system's viewer to print it. */
    public void printSheet() {
        EntryRow r = selected.get();
        if (r == null) {
            return;
        }
        var language = i18n.language();
        error.set(null);
        notice.set(null);
        executor.run(() -> {
            DocumentService.Rendered sheet = s.sheets().sheet(user, r.id(), language);
            return shown(s.documents().forViewing(sheet.pdf(), sheet.fileName()), null);
        }, notice::set, e -> error.set(describe.apply(e)));
    }

    /** The sheet of the entry chosen, filed in the case file chosen, then opened to print. */
    public void printForCase() {
        EntryRow r = selected.get();
        CaseFileService.CaseFileSummary c = caseFile.get();
        if (r == null || c == null || !s.mayUseCaseFiles()) {
            return;
        }
        var language = i18n.language();
        error.set(null);
        notice.set(null);
        executor.run(() -> {
            DocumentService.Rendered sheet = s.sheets().sheetForCase(user, r.id(), c.id(), language);
            return shown(s.documents().forViewing(sheet.pdf(), sheet.fileName()),
                    i18n.t("directory.filed", c.number()));
        }, notice::set, e -> error.set(describe.apply(e)));
    }

    /** Refers the case file chosen to the entry chosen (a service, named with who provides it), with the reason. */
    public void refer() {
        EntryRow r = selected.get();
        CaseFileService.CaseFileSummary c = caseFile.get();
        if (r == null || c == null || !s.mayUseCaseFiles()) {
            return;
        }
        DirectoryService.ReferralDraft draft = DirectoryService.referralDraft(r);
        String why = reason.get();
        error.set(null);
        notice.set(null);
        executor.run(() -> s.referrals().refer(user, c.id(), null, draft.kind(), draft.target(), why), id -> {
            reason.set("");
            notice.set(i18n.t("directory.referred", c.number()));
        }, e -> error.set(describe.apply(e)));
    }

    /** What to say after showing a printout: {@code done} when it opened, where it was saved otherwise. */
    private String shown(java.nio.file.Path file, String done) {
        SystemViewer.Shown how = s.viewer().showOrPrint(file);
        String key = SystemViewer.message(how);
        return key == null ? done : i18n.t(key, file.toString());
    }

    /** The form as typed, or null with {@link #errorProperty()} set when a coordinate is not a number. */
    EntryForm typed() {
        Double lat;
        Double lon;
        try {
            lat = number(form.get("latitude").get());
            lon = number(form.get("longitude").get());
        } catch (NumberFormatException e) {
            error.set(i18n.t("directory.error.number"));
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
        error.set(null);
    }

    private void set(String field, String value) {
        form.get(field).set(value == null ? "" : value);
    }

    static EntryForm formOf(EntryRow r) {
        return new EntryForm(r.name(), r.administration(), r.category(), r.audience(), r.requirements(), r.address(),
                r.municipality(), r.openingHours(), r.phone(), r.email(), r.web(), r.latitude(), r.longitude());
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
