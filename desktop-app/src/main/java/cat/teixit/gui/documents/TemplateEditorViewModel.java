package cat.teixit.gui.documents;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PdfPages;
import cat.teixit.logic.documents.TemplateProblem;
import cat.teixit.logic.documents.TemplateRejectedException;
import cat.teixit.logic.documents.TemplateSource;
import cat.teixit.logic.settings.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A team lead's editor of one template in one language: its title and text, a live preview (with the case
 * file's data when opened from one, else with example values that name each placeholder), the problems that
 * stop it from being kept (with their line and name), save as a new version, import and export as a file.
 * A refused template changes nothing: the version in use stays. Use from the FX thread.
 */
public final class TemplateEditorViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final DocumentService documents;
    private final String key;
    private final Language language;
    private final UUID caseFileId;
    private final Runnable onSaved;
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");
    /** What stops the text from being kept, one line each with its line number and name. */
    public final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<List<PdfPages.Page>> pages = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private UiExecutor.Task previewing;
    private boolean loading;

    /**
     * @param caseFileId the case file whose data fills the preview, or null for example values
     * @param onSaved    runs after a version is saved or imported
     */
    public TemplateEditorViewModel(CurrentUser user, UiExecutor executor, I18n i18n, DocumentService documents, String key,
            Language language, UUID caseFileId, Runnable onSaved) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.documents = documents;
        this.key = key;
        this.language = language;
        this.caseFileId = caseFileId;
        this.onSaved = onSaved;
        body.addListener((o, was, now) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
        title.addListener((o, was, now) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
    }

    /** Reads the version in use, then previews it. */
    public void load() {
        executor.run(() -> documents.template(user, key, language), t -> {
            show(t);
            preview();
        }, this::fail);
    }

    private void show(TemplateSource t) {
        loading = true;
        title.set(t.title());
        body.set(t.body());
        loading = false;
        dirty.set(false);
        message.set(t.version() == 0 ? i18n.t("editor.builtIn") : i18n.t("editor.version", t.version()));
    }

    /** Checks the text and, when it can be used, shows it filled in (the last good preview stays otherwise). */
    public void preview() {
        String text = body.get();
        if (previewing != null) {
            previewing.cancel();
        }
        previewing = executor.run(() -> {
            List<TemplateProblem> found = documents.check(text);
            if (!found.isEmpty()) {
                return new Checked(found, null);
            }
            byte[] pdf = documents.preview(user, key, language, text, caseFileId);
            return new Checked(found, PdfPages.render(pdf, DocumentWorkbenchViewModel.PREVIEW_DPI,
                    DocumentWorkbenchViewModel.PREVIEW_PAGES));
        }, checked -> {
            problems.setAll(checked.problems().stream().map(this::describe).toList());
            if (checked.pages() != null) {
                pages.set(checked.pages());
            }
        }, this::fail);
    }

    private record Checked(List<TemplateProblem> problems, List<PdfPages.Page> pages) {
    }

    /** {@code Línia 12: «person.nme» no és cap camp conegut.} */
    String describe(TemplateProblem p) {
        return i18n.t(p.key(), p.line(), p.name());
    }

    /** Keeps the text as the team's new version; a refused one names its problems and changes nothing. */
    public void save() {
        String t = title.get();
        String b = body.get();
        Background.whileBusy(executor, busy, () -> documents.save(user, key, language, t, b), info -> {
            problems.clear();
            dirty.set(false);
            message.set(i18n.t("editor.saved", info.version()));
            onSaved.run();
        }, this::refused);
    }

    /** Exports the version in use to {@code file} ({@code key.lang.html}). */
    public void exportTo(Path file) {
        executor.run(() -> {
            documents.exportTemplate(user, key, language, file);
            return file;
        }, f -> message.set(i18n.t("editor.exported", f.getFileName())), this::fail);
    }

    /** Imports {@code file} as a new version of the template its name says; the editor then shows it. */
    public void importFrom(Path file) {
        Background.whileBusy(executor, busy, () -> documents.importTemplate(user, file), info -> {
            problems.clear();
            message.set(i18n.t("editor.imported", info.title(), info.version()));
            onSaved.run();
            if (info.key().equals(key) && info.language() == language) {
                load();
            }
        }, this::refused);
    }

    private void refused(Throwable e) {
        busy.set(false);
        if (e instanceof TemplateRejectedException r) {
            problems.setAll(r.problems().stream().map(this::describe).toList());
            message.set(i18n.t("editor.refused"));
        } else {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        busy.set(false);
        message.set(ErrorKeys.describe(i18n, e));
    }

    public ReadOnlyObjectProperty<List<PdfPages.Page>> pagesProperty() {
        return pages;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the text or title changed since it was read or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The file name an export suggests: {@code key.lang.html}, what import expects. */
    public String exportName() {
        return key + "." + language.tag() + ".html";
    }
}
