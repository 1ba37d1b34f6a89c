package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseRecords.ReferralItem;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.logic.common.ValidationException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.UUID;

/** The Referrals tab: the case file's referrals, a new one, and the answer to a pending one. Use from the FX thread. */
public final class ReferralsViewModel extends CaseRecordsViewModel<ReferralItem> {

    private final ReferralService referrals;
    /**
     * True after a referral to an external service was refused because the person has not consented to sharing the
     * file: the tab then offers to record that consent (given today) and refer at once.
     */
    public final BooleanProperty consentMissing = new SimpleBooleanProperty(false);

    public ReferralsViewModel(CurrentUser user, UiExecutor executor, I18n i18n, ReferralService referrals,
            UUID caseFileId, Runnable onChanged) {
        super(user, executor, i18n, caseFileId, onChanged);
        this.referrals = referrals;
        error.addListener((o, was, now) -> {
            if (now == null || now.isEmpty()) {
                consentMissing.set(false);
            }
        });
    }

    @Override
    protected List<ReferralItem> load() {
        return referrals.referrals(user, caseFileId);
    }

    /** Refers the case to {@code target}; {@code then} runs once it is saved (to clear the form). */
    public void refer(ReferralTargetKind kind, String target, String reason, Runnable then) {
        run(() -> referrals.refer(user, caseFileId, null, kind, target, reason), then,
                e -> consentMissing.set(refusedForConsent(e)));
    }

    /**
     * The person consented just now: records their consent to sharing the file (given today, no signed document yet)
     * with the referral, in one transaction.
     */
    public void recordConsentAndRefer(ReferralTargetKind kind, String target, String reason, Runnable then) {
        run(() -> referrals.referWithConsentGivenToday(user, caseFileId, null, kind, target, reason), then);
    }

    public void accept(ReferralItem r) {
        run(() -> referrals.answer(user, r.id(), r.rowVersion(), true, null), () -> { });
    }

    /** Rejects with the reason the user gave (refused without one). */
    public void reject(ReferralItem r, String reason) {
        run(() -> referrals.answer(user, r.id(), r.rowVersion(), false, reason), () -> { });
    }

    /** True when {@code e} is a referral refused because the person has not consented to sharing the file. */
    private static boolean refusedForConsent(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof ValidationException v && v.errors().get("consent") != null;
    }
}
