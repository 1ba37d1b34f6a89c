package cat.teixit.gui.audit;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.audit.AuditPrintout;
import cat.teixit.logic.audit.AuditTrail;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.documents.DocumentService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the Auditoria area (team leads): who accessed a case file (by its number), or what a professional of
 * the team did in a period; the rows listed, and the list saved as PDF/A. Use from the FX thread; the work runs in
 * the background.
 */
public final class AuditViewModel {

    static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final AuditTrail audit;
    private final AuditPrintout printout;
    public final StringProperty caseNumber = new SimpleStringProperty("");
    public final ObjectProperty<AuditTrail.Professional> professional = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    public final ObservableList<AuditTrail.Professional> professionals = FXCollections.observableArrayList();
    public final ObservableList<AuditTrail.Row> rows = FXCollections.observableArrayList();
    public final StringProperty title = new SimpleStringProperty("");
    /** A translation key, or null. */
    public final StringProperty error = new SimpleStringProperty();
    public final StringProperty saved = new SimpleStringProperty();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    private String subtitle = "";
    private UUID listedCaseFile;

    public AuditViewModel(CurrentUser user, UiExecutor executor, I18n i18n, AuditTrail audit, AuditPrintout printout,
            LocalDate today) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.audit = audit;
        this.printout = printout;
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    /** Loads the team's professionals. */
    public void load() {
        executor.run(() -> audit.professionals(user), list -> {
            professionals.setAll(list);
            if (professional.get() == null) {
                list.stream().filter(p -> p.id().equals(user.id())).findFirst().ifPresent(professional::set);
            }
        }, this::fail);
    }

    /** Lists who accessed the case file numbered {@link #caseNumber}, newest first. */
    public void byCaseFile() {
        String number = caseNumber.get() == null ? "" : caseNumber.get().strip();
        if (number.isEmpty()) {
            error.set("audit.error.number");
            return;
        }
        list(() -> {
            UUID id = audit.caseFileNumbered(user, number).orElse(null);
            return id == null ? null : new Listed(id, audit.rowsOfCaseFile(user, id));
        }, listed -> {
            if (listed == null) {
                error.set("audit.error.noCaseFile");
                return;
            }
            show(listed.caseFileId(), i18n.t("audit.title.caseFile", number), "", listed.rows());
        });
    }

    /** Lists the case file {@code caseFileId} numbered {@code number} (from the case file's button). */
    public void showCaseFile(UUID caseFileId, String number) {
        caseNumber.set(number);
        list(() -> audit.rowsOfCaseFile(user, caseFileId),
                list -> show(caseFileId, i18n.t("audit.title.caseFile", number), "", list));
    }

    /** Lists what the professional chosen did from {@link #from} to {@link #to} (both included). */
    public void byProfessional() {
        AuditTrail.Professional p = professional.get();
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (p == null || a == null || b == null || b.isBefore(a)) {
            error.set("audit.error.period");
            return;
        }
        list(() -> audit.rowsOfUser(user, p.id(), a.atStartOfDay(ZONE).toInstant(),
                b.plusDays(1).atStartOfDay(ZONE).toInstant()), list -> show(null,
                        i18n.t("audit.title.professional", p.displayName()),
                        i18n.t("audit.subtitle.period", DAY.format(a), DAY.format(b)), list));
    }

    private record Listed(UUID caseFileId, List<AuditTrail.Row> rows) {
    }

    /** Reads a list in the background, the previous message and saved file forgotten. */
    private <T> void list(Callable<T> work, Consumer<T> onRead) {
        error.set(null);
        saved.set(null);
        Background.whileBusy(executor, busy, work, onRead, this::fail);
    }

    private void show(UUID caseFileId, String heading, String sub, List<AuditTrail.Row> list) {
        listedCaseFile = caseFileId;
        title.set(heading);
        subtitle = sub;
        rows.setAll(list);
    }

    private void fail(Throwable e) {
        busy.set(false);
        error.set(ErrorKeys.of(e));
    }

    /** Saves the list shown to {@code file} as PDF/A (whole or not at all); {@link #saved} names it. */
    public void exportPdf(Path file) {
        if (title.get().isEmpty() || file == null) {
            return;
        }
        List<AuditTrail.Row> shown = List.copyOf(rows);
        String heading = title.get();
        String sub = subtitle;
        UUID caseFileId = listedCaseFile;
        error.set(null);
        Background.saveFile(executor, busy, () -> {
            DocumentService.writeAtomically(file, printout.pdf(user, heading, sub, shown, caseFileId, i18n.language()));
            return file;
        }, saved, error, "audit.error.export");
    }

    /** A file name for the PDF of the list shown. */
    public String fileName() {
        return i18n.t("audit.fileName") + ".pdf";
    }
}
