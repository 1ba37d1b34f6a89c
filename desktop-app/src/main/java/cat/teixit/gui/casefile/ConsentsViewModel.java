package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.ConsentService;
import cat.teixit.logic.casefile.ConsentService.ConsentItem;
import cat.teixit.logic.casefile.ConsentService.DocumentChoice;
import cat.teixit.logic.casefile.ConsentService.PersonConsents;
import cat.teixit.model.casefile.ConsentPurpose;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Consents tab: the consents of each current member of the case file's household, a new one (with the signed
 * document chosen among the case file's files) and a withdrawal. Use from the FX thread.
 */
public final class ConsentsViewModel extends CaseRecordsViewModel<PersonConsents> {

    private final ConsentService consents;
    /** The case file's files, for the signed document of a new consent. */
    public final ObservableList<DocumentChoice> documents = FXCollections.observableArrayList();

    public ConsentsViewModel(CurrentUser user, UiExecutor executor, I18n i18n, ConsentService consents, UUID caseFileId,
            Runnable onChanged) {
        super(user, executor, i18n, caseFileId, onChanged);
        this.consents = consents;
    }

    @Override
    protected List<PersonConsents> load() {
        return consents.byCaseFile(user, caseFileId);
    }

    /** The members and their consents, and the files a signed document may be chosen from. */
    @Override
    public void reload() {
        super.reload();
        executor.run(() -> consents.documents(user, caseFileId), documents::setAll, this::fail);
    }

    /** The text of a purpose's code (a code this workstation does not know shows as it is). */
    public String purposeText(String code) {
        return ConsentPurpose.of(code).map(p -> i18n.t(EntryLabels.consentPurpose(p))).orElse(code);
    }


    /** Records the consent of {@code personId}; {@code then} runs once it is saved (to clear the form). */
    public void record(UUID personId, ConsentPurpose purpose, LocalDate givenOn, UUID documentId, String notes,
            Runnable then) {
        run(() -> consents.record(user, personId, purpose, givenOn, documentId, notes), then);
    }

    /** Records the withdrawal of {@code c} on {@code on}. */
    public void withdraw(ConsentItem c, LocalDate on) {
        run(() -> consents.withdraw(user, c.id(), c.rowVersion(), on), () -> { });
    }

    /** The text of a date typed as dd/mm/yyyy, or null (and the error line says so) when it is not one. */
    public LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip(), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (java.time.format.DateTimeParseException e) {
            error.set(i18n.t("consent.error.date"));
            return null;
        }
    }
}
