package cat.teixit.gui.documents;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.signature.SignatureService;
import cat.teixit.logic.signature.SignerRole;
import cat.teixit.logic.signature.VerificationReport;
import cat.teixit.logic.signature.VerificationReport.Status;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verification screen's state: the file chosen, whether its seals hold (valid, broken, changed after
 * signing, no seal, not a PDF, no such file), what was signed and each signature (who, role, when, sealed by,
 * intact). Verifies in the background. Use from the FX thread.
 */
public final class VerificationViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationViewModel.class);

    private final SignatureService signatures;
    private final UiExecutor executor;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<VerificationReport.Document> document = new SimpleObjectProperty<>();
    private final ObservableList<VerificationReport.Signature> signed = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    private UiExecutor.Task running;

    public VerificationViewModel(SignatureService signatures, UiExecutor executor) {
        this.signatures = signatures;
        this.executor = executor;
    }

    /** Checks {@code pdf}; the result replaces the previous one. */
    public void verify(Path pdf) {
        if (pdf == null) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        file.set(pdf);
        status.set(null);
        document.set(null);
        signed.clear();
        errorKey.set(null);
        running = Background.whileBusy(executor, busy, () -> signatures.verify(pdf), this::show, e -> {
            LOG.warn("Verifying a document failed: {}", e.getClass().getSimpleName());
            errorKey.set("verify.failed");
        });
    }

    private void show(VerificationReport report) {
        document.set(report.document());
        signed.setAll(report.signatures());
        status.set(report.status());
    }

    /** The file last chosen, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The verdict, or null before one (or while checking). */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status;
    }

    /** True only for a sealed document unchanged since its last signature. */
    public boolean valid() {
        return status.get() == Status.VALID;
    }

    /** What was signed, or null (not a PDF, no file). */
    public ReadOnlyObjectProperty<VerificationReport.Document> documentProperty() {
        return document;
    }

    /** The signatures, in the order they were made. */
    public ObservableList<VerificationReport.Signature> signatures() {
        return signed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Translation key of a failure to check at all, or null. */
    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey;
    }

    /** Translation key of the verdict's sentence. */
    public static String verdictKey(Status s) {
        return switch (s) {
            case VALID -> "verify.status.valid";
            case BROKEN -> "verify.status.broken";
            case CHANGED_AFTER_SIGNING -> "verify.status.changed";
            case NO_SEAL -> "verify.status.noSeal";
            case NOT_PDF -> "verify.status.notPdf";
            case NO_FILE -> "verify.status.noFile";
        };
    }

    /** Translation key of a signer's role. */
    public static String roleKey(SignerRole role) {
        if (role == null) {
            return "verify.role.other";
        }
        return switch (role) {
            case PERSON -> "verify.role.person";
            case PROFESSIONAL -> "verify.role.professional";
        };
    }
}
