package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseRecords.ReferralItem;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.model.casefile.ReferralTargetKind;
import java.util.List;
import java.util.UUID;

/** The Referrals tab: the case file's referrals, a new one, and the answer to a pending one. Use from the FX thread. */
public final class ReferralsViewModel extends CaseRecordsViewModel<ReferralItem> {

    private final ReferralService referrals;

    public ReferralsViewModel(CurrentUser user, UiExecutor executor, I18n i18n, ReferralService referrals,
            UUID caseFileId, Runnable onChanged) {
        super(user, executor, i18n, caseFileId, onChanged);
        this.referrals = referrals;
    }

    @Override
    protected List<ReferralItem> load() {
        return referrals.referrals(user, caseFileId);
    }

    /** Refers the case to {@code target}; {@code then} runs once it is saved (to clear the form). */
    public void refer(ReferralTargetKind kind, String target, String reason, Runnable then) {
        run(() -> referrals.refer(user, caseFileId, null, kind, target, reason), then);
    }

    public void accept(ReferralItem r) {
        run(() -> referrals.answer(user, r.id(), r.rowVersion(), true, null), () -> { });
    }

    /** Rejects with the reason the user gave (refused without one). */
    public void reject(ReferralItem r, String reason) {
        run(() -> referrals.answer(user, r.id(), r.rowVersion(), false, reason), () -> { });
    }
}
