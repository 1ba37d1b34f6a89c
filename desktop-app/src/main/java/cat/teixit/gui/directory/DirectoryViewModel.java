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
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.model.directory.EntryRow;
import java.util.List;
import java.util.Locale;
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
 * The resource directory's screen: the search (typed text and a category) and its results, the entry chosen and
 * what was said last. For the administrator, the entry's form and deactivating ({@link #form()}); for a
 * professional, the sheet for the person and a referral of a case file to the entry ({@link #referral()}). Use
 * from the FX thread.
 */
public final class DirectoryViewModel {

    /** What the screen needs beyond the directory: printing the sheet, the user's case files and referrals. */
    public record Services(DirectoryService directory, DirectorySheet sheets, DocumentService documents,
            CaseFileService caseFiles, ReferralService referrals, SystemViewer viewer, boolean mayUseCaseFiles) {
    }

    private final DirectoryContext c;
    private final boolean mayEdit;
    private final EntryFormViewModel form;
    private final DirectoryReferralViewModel referral;
    public final StringProperty query = new SimpleStringProperty("");
    public final ObjectProperty<String> category = new SimpleObjectProperty<>();
    public final BooleanProperty showInactive = new SimpleBooleanProperty();
    public final ObservableList<EntryRow> results = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty();
    private long searches;

    /** {@code changesSaved}: told after every change saved in the store (the status bar counts what is to send). */
    public DirectoryViewModel(CurrentUser user, UiExecutor executor, I18n i18n, Services services,
            Function<Throwable, String> describe, Runnable changesSaved) {
        this.c = new DirectoryContext(user, executor, i18n, services, describe, new SimpleObjectProperty<>(),
                new SimpleStringProperty(), new SimpleStringProperty(), changesSaved);
        this.mayEdit = services.directory().mayEdit(user);
        this.form = new EntryFormViewModel(c, mayEdit, this::showSaved);
        this.referral = new DirectoryReferralViewModel(c);
    }

    /** The administrator's form and deactivating. */
    EntryFormViewModel form() {
        return form;
    }

    /** The sheet for the person, filed in a case file, and a referral to the entry chosen. */
    DirectoryReferralViewModel referral() {
        return referral;
    }

    public ObjectProperty<EntryRow> selectedProperty() {
        return c.selected();
    }

    public StringProperty errorProperty() {
        return c.error();
    }

    public StringProperty noticeProperty() {
        return c.notice();
    }

    /** True when the user may add and change entries (the administrator). */
    public boolean mayEdit() {
        return mayEdit;
    }

    /** The screen is shown: the search as it stands, and the user's case files to refer. */
    public void load() {
        search();
        referral.load();
    }

    /** Searches again with the text and category as they are now (a later search's answer replaces an earlier one). */
    public void search() {
        long mine = ++searches;
        String text = query.get();
        String cat = category.get();
        boolean all = showInactive.get() && mayEdit;
        c.executor().run(() -> all ? everything(text, cat) : c.services().directory().search(c.user(), text, cat),
                rows -> {
                    if (mine != searches) {
                        return;
                    }
                    results.setAll(rows);
                    status.set(rows.isEmpty() ? c.i18n().t("directory.results.none")
                            : c.i18n().t("directory.results.count", rows.size()));
                    // The entry chosen stays chosen (its newer state when listed), also when the search no longer
                    // lists it.
                    EntryRow was = c.selected().get();
                    if (was != null) {
                        rows.stream().filter(r -> r.id().equals(was.id())).findFirst().ifPresent(c.selected()::set);
                    }
                }, c::failed);
    }

    /**
     * The administrator's list: every entry, deactivated ones too, whose name and municipality hold every typed word
     * (accents and case aside).
     */
    private List<EntryRow> everything(String text, String cat) {
        List<String> words = List.of(Texts.fold(text == null ? "" : text).toLowerCase(Locale.ROOT).split("\\s+"));
        return c.services().directory().all(c.user()).stream()
                .filter(r -> cat == null || cat.equals(r.category()))
                .filter(r -> {
                    String where = Texts.fold(r.name() + " " + r.municipality()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(where::contains);
                }).toList();
    }

    /** An entry saved (or activated, or deactivated): chosen in its new state, and the search again. */
    private void showSaved(UUID id) {
        c.changesSaved().run();
        c.executor().run(() -> c.services().directory().entry(c.user(), id).orElse(null), r -> {
            c.selected().set(r);
            search();
        }, c::failed);
    }
}
