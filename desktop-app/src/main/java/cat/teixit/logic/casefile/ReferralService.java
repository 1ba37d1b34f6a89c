package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Referrals (derivacions) to another service, professional, team or municipality, and their answer. Thread-safe. */
public final class ReferralService {

    private final CaseDeps deps;

    public ReferralService(CaseDeps deps) {
        this.deps = deps;
    }

    public UUID refer(CurrentUser user, UUID caseFileId, UUID personId, ReferralTargetKind kind, String target,
            String reason) {
        ValidationErrors e = new ValidationErrors();
        if (kind == null) {
            e.add("kind", "validation.required");
        }
        String t = ResourceService.text(e, "target", target, true);
        if (t != null && t.length() > 200) {
            e.add("target", "validation.tooLong", 200);
        }
        String r = ResourceService.text(e, "reason", reason, true);
        e.throwIfAny();
        return deps.change(user, cs -> {
            CaseFile cf = deps.visible(user, cs.tx().cases().find(CaseFile.class, caseFileId)
                    .orElseThrow(() -> new NotFoundException("case file")), "case file");
            Referral ref = new Referral(Ids.newId(), cf.getScope());
            ref.setCaseFileId(caseFileId);
            ref.setPersonId(personId);
            ref.setTargetKind(kind);
            ref.setTarget(t);
            ref.setReason(r);
            ref.setStatus(ReferralStatus.PENDING);
            ref.setOccurredAt(deps.clock().instant());
            ref.setAuthorId(user.id());
            return cs.insert(ref).getId();
        });
    }

    /** Records the answer: accepted, or rejected with its reason (required). */
    public void answer(CurrentUser user, UUID referralId, long expectedRowVersion, boolean accepted, String reason) {
        ValidationErrors e = new ValidationErrors();
        String r = ResourceService.text(e, "responseReason", reason, !accepted);
        e.throwIfAny();
        deps.change(user, cs -> {
            Referral ref = deps.visible(user, cs.tx().cases().find(Referral.class, referralId)
                    .orElseThrow(() -> new NotFoundException("referral")), "referral");
            CaseDeps.checkVersion(ref, expectedRowVersion);
            if (ref.getStatus() != ReferralStatus.PENDING) {
                new ValidationErrors().add("status", "referral.error.answered").throwIfAny();
            }
            Map<String, Object> before = ref.syncFields();
            ref.setStatus(accepted ? ReferralStatus.ACCEPTED : ReferralStatus.REJECTED);
            ref.setRespondedAt(deps.clock().instant());
            ref.setResponseReason(r);
            cs.patch(ref, before);
            return null;
        });
    }

    public List<CaseRecords.ReferralItem> referrals(CurrentUser user, UUID caseFileId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return deps.store().read(tx -> {
            deps.visible(user, tx.cases().find(CaseFile.class, caseFileId).orElseThrow(() -> new NotFoundException("case file")),
                    "case file");
            return tx.cases().referrals(caseFileId).stream().map(CaseRecords.ReferralItem::of).toList();
        });
    }
}
