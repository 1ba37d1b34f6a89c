package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.AttachmentService;
import cat.teixit.logic.casefile.CaseRecords.AttachmentItem;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cat.teixit.gui.documents.DocumentWorkbenchViewModel;
import cat.teixit.gui.documents.VerificationViewModel;

/**
 * The Documents tab: the case file's files; added files are copied in, one at a time and none
 * stopping the others; a file opens in the system's viewer. All of it off the FX thread. Use from the
 * FX thread.
 */
public final class DocumentsViewModel extends CaseRecordsViewModel<AttachmentItem> {

    private final AttachmentService attachments;
    private final Supplier<DocumentWorkbenchViewModel> workbench;
    private final Supplier<List<String>> people;
    private final Supplier<String> caseNumber;
    private final Supplier<VerificationViewModel> verification;

    /**
     * @param workbench makes the Documents workbench of this case file
     * @param people    who may sign as the person attended, the reference person first
     */
    public DocumentsViewModel(CurrentUser user, UiExecutor executor, I18n i18n, AttachmentService attachments,
            UUID caseFileId, Runnable onChanged, Supplier<DocumentWorkbenchViewModel> workbench,
            Supplier<List<String>> people, Supplier<String> caseNumber, Supplier<VerificationViewModel> verification) {
        super(user, executor, i18n, caseFileId, onChanged);
        this.attachments = attachments;
        this.workbench = workbench;
        this.people = people;
        this.caseNumber = caseNumber;
        this.verification = verification;
    }

    /** Prints a filed PDF through the system's print dialog (printer, copies, pages): decrypted in memory only. */
    public void print(AttachmentItem a) {
        error.set("");
        executor.run(() -> cat.teixit.logic.documents.PdfPrinting.printWithDialog(attachments.read(user, a.id()),
                a.fileName()), outcome -> {
                    if (outcome == cat.teixit.logic.documents.PdfPrinting.Outcome.NO_PRINTER) {
                        error.set(i18n.t("workbench.noPrinter"));
                    }
                }, this::fail);
    }

    /** True for a document whose seals can be checked (a PDF). */
    public static boolean verifiable(AttachmentItem a) {
        return a != null && a.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    /**
     * Checks the seals of {@code a}: a copy of it is fetched in the background, then {@code show} gets the
     * verification screen's model, already checking it.
     */
    public void verify(AttachmentItem a, java.util.function.Consumer<VerificationViewModel> show) {
        error.set("");
        executor.run(() -> attachments.copyForViewing(user, a.id()), copy -> {
            VerificationViewModel v = verification.get();
            v.verify(copy);
            show.accept(v);
        }, this::fail);
    }

    /** A new workbench to make a document for this case file. */
    public DocumentWorkbenchViewModel newWorkbench() {
        return workbench.get();
    }

    /** Who may sign as the person attended, the reference person first. */
    public List<String> people() {
        return people.get();
    }

    /** The case file's number (the workbench's title). */
    public String caseNumber() {
        return caseNumber.get();
    }

    @Override
    protected List<AttachmentItem> load() {
        return attachments.attachments(user, caseFileId);
    }

    /** The largest file that may be added, in megabytes. */
    public long maxMegabytes() {
        return attachments.maxBytes() / (1024 * 1024);
    }

    /** Adds the dropped or chosen files: a refused file does not stop the others. */
    public void addAll(List<Path> files) {
        error.set("");
        for (Path f : files) {
            executor.run(() -> attachments.add(user, caseFileId, null, f, null), id -> changed(),
                    e -> error.set(f.getFileName() + ": " + ErrorKeys.describe(i18n, e)));
        }
    }

    /** Opens a copy of the file in the system's viewer. */
    public void open(AttachmentItem a) {
        executor.run(() -> {
            return cat.teixit.gui.common.SystemViewer.DESKTOP.open(attachments.copyForViewing(user, a.id()));
        }, opened -> {
            if (!opened) {
                error.set(i18n.t("documents.noViewer"));
            }
        }, this::fail);
    }

    /** 999 B, 12 KB, 3.4 MB. */
    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
