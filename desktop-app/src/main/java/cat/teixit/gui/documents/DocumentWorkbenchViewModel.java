package cat.teixit.gui.documents;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.MissingDataException;
import cat.teixit.logic.documents.PdfPages;
import cat.teixit.logic.documents.PdfPrinting;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.signature.SignatureService;
import cat.teixit.logic.signature.SignerRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * The Documents workbench of one case file: choose a template and a language, see the document made
 * with the case file's data, have it signed on the pad (the person, then the professional: each signature
 * seals the document), file it in the case file and print it. Nothing is filed until the professional
 * says so; a document with missing data names what is missing and cannot be filed. Rendering, sealing,
 * filing and printing run in the background. Use from the FX thread.
 */
public final class DocumentWorkbenchViewModel {

    /** A template to choose. */
    public record Choice(String key, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** Preview resolution: a page at its real size on a common screen, sharp when scaled down to fit. */
    static final float PREVIEW_DPI = 110;
    /** Pages shown in the preview at most (a long report shows its beginning). */
    static final int PREVIEW_PAGES = 30;

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final DocumentService documents;
    private final SignatureService signatures;
    private final UUID caseFileId;
    private final Runnable onFiled;
    public final ObservableList<Choice> templates = FXCollections.observableArrayList();
    public final ObjectProperty<Choice> template = new SimpleObjectProperty<>();
    public final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<List<PdfPages.Page>> pages = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty filed = new SimpleBooleanProperty();
    /** Who has signed the document shown, in order. */
    public final ObservableList<SignerRole> signedBy = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentService.Rendered> document = new SimpleObjectProperty<>();
    /** True while a document is shown (it may be printed). */
    public final BooleanBinding hasDocument = document.isNotNull();
    /** True while a document is shown that may still be signed and filed. */
    public final BooleanBinding canChange = hasDocument.and(busy.not()).and(filed.not());
    private UiExecutor.Task rendering;

    /**
     * @param onFiled runs once a document is filed (the case file's lists and social history read again)
     */
    public DocumentWorkbenchViewModel(CurrentUser user, UiExecutor executor, I18n i18n, DocumentService documents,
            SignatureService signatures, UUID caseFileId, Runnable onFiled) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.documents = documents;
        this.signatures = signatures;
        this.caseFileId = caseFileId;
        this.onFiled = onFiled;
        language.set(i18n.language());
        template.addListener((o, was, now) -> render());
        language.addListener((o, was, now) -> {
            loadTemplates();
        });
    }

    /** Reads the templates of the chosen language (keeping the chosen one when it exists there). */
    public void loadTemplates() {
        Language lang = language.get();
        String keep = template.get() == null ? null : template.get().key();
        executor.run(() -> documents.templates(user, lang), list -> {
            List<Choice> choices = list.stream().map(t -> new Choice(t.key(), t.title())).toList();
            templates.setAll(choices);
            Choice again = choices.stream().filter(c -> c.key().equals(keep)).findFirst().orElse(null);
            if (again != null) {
                template.set(null);
                template.set(again);
            }
        }, this::fail);
    }

    /** Makes the chosen template's document with the case file's data (nothing is filed). */
    void render() {
        Choice c = template.get();
        if (rendering != null) {
            rendering.cancel();
        }
        document.set(null);
        signedBy.clear();
        filed.set(false);
        error.set("");
        pages.set(List.of());
        if (c == null) {
            message.set(i18n.t("workbench.choose"));
            return;
        }
        Language lang = language.get();
        message.set(i18n.t("workbench.rendering"));
        rendering = Background.whileBusy(executor, busy, () -> {
            DocumentService.Rendered r = documents.render(user, c.key(), lang, caseFileId, Map.of());
            return new Shown(r, PdfPages.render(r.pdf(), PREVIEW_DPI, PREVIEW_PAGES));
        }, shown -> {
            show(shown);
        }, e -> {
            if (e instanceof MissingDataException m) {
                List<String> names = m.placeholders().stream().distinct().toList();
                boolean council = names.stream().anyMatch(n -> n.startsWith("council."));
                message.set(i18n.t(council ? "workbench.missingCouncil" : "workbench.missing", String.join(", ", names)));
            } else {
                message.set("");
                fail(e);
            }
        });
    }

    private record Shown(DocumentService.Rendered document, List<PdfPages.Page> pages) {
    }

    private void show(Shown shown) {
        document.set(shown.document());
        pages.set(shown.pages());
        message.set("");
    }

    /**
     * The signer accepted on the pad: the document is sealed with their signature and shown again.
     *
     * @param signer the name shown on the pad
     */
    public void signed(SignerRole role, String signer, SignaturePadViewModel.Capture capture) {
        DocumentService.Rendered r = document.get();
        if (r == null || filed.get()) {
            return;
        }
        error.set("");
        Background.whileBusy(executor, busy, () -> {
            byte[] sealed = signatures.sign(r.pdf(), capture.toSignature(signer, role));
            documents.audited(user, cat.teixit.model.audit.AuditAction.SIGN, "document", r.id(), caseFileId,
                    role.name());
            DocumentService.Rendered s = new DocumentService.Rendered(r.id(), r.title(), r.fileName(), sealed);
            return new Shown(s, PdfPages.render(sealed, PREVIEW_DPI, PREVIEW_PAGES));
        }, shown -> {
            show(shown);
            signedBy.add(role);
        }, e -> {
            fail(e);
        });
    }

    /** Files the document (signed or not) in the case file: it appears in its documents and social history. */
    public void file() {
        DocumentService.Rendered r = document.get();
        if (r == null || filed.get() || busy.get()) {
            return;
        }
        error.set("");
        Background.whileBusy(executor, busy, () -> documents.file(user, caseFileId, r), done -> {
            filed.set(true);
            message.set(i18n.t("workbench.filed", r.fileName()));
            onFiled.run();
        }, e -> {
            fail(e);
        });
    }

    /** Prints the document as shown (signed or not) through the system's print dialog. */
    public void print() {
        DocumentService.Rendered r = document.get();
        if (r == null) {
            return;
        }
        error.set("");
        executor.run(() -> {
            Path tmp = Files.createTempFile("teixit-print-", ".pdf");
            try {
                Files.write(tmp, r.pdf());
                return PdfPrinting.printWithDialog(tmp, r.title());
            } finally {
                Files.deleteIfExists(tmp);
            }
        }, outcome -> {
            switch (outcome) {
                case PRINTED -> message.set(i18n.t("workbench.printed"));
                case NO_PRINTER -> error.set(i18n.t("workbench.noPrinter"));
                case CANCELLED -> { }
            }
        }, this::fail);
    }

    private void fail(Throwable e) {
        error.set(ErrorKeys.describe(i18n, e));
    }

    /** The pages of the document as made so far (empty while none). */
    public ReadOnlyObjectProperty<List<PdfPages.Page>> pagesProperty() {
        return pages;
    }

    /** What the preview says instead of pages: choose a template, what is missing, filed. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The last failure, translated; empty when the last action went well. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty filedProperty() {
        return filed;
    }

    /** The document shown (null while none): its title, file name and PDF bytes. */
    public ReadOnlyObjectProperty<DocumentService.Rendered> documentProperty() {
        return document;
    }

    /** True when {@code role} may sign now (a document shown, not filed, not yet signed by that role). */
    public BooleanBinding canSign(SignerRole role) {
        return Bindings.createBooleanBinding(() -> canChange.get() && !signedBy.contains(role), canChange, signedBy);
    }

    /** True when the user may change the team's templates (team leads). */
    public boolean mayEditTemplates() {
        return documents.mayEditTemplates(user);
    }

    /** The editor of the chosen template in the chosen language (null while none is chosen); saving re-makes the document. */
    public TemplateEditorViewModel editor() {
        Choice c = template.get();
        return c == null ? null : new TemplateEditorViewModel(user, executor, i18n, documents, c.key(), language.get(),
                caseFileId, this::loadTemplates);
    }

    /** The user, who signs as the professional. */
    public CurrentUser user() {
        return user;
    }
}
