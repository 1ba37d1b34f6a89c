package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.StoreTx;
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

    /**
     * Refers the case file (about {@code personId}, or when null its household's reference person) to {@code target}.
     * A referral to an external service ({@link #external}) is refused, field {@code consent}, when that person holds
     * no active consent to share the file ({@link ConsentPurpose#SHARING}).
     */
    public UUID refer(CurrentUser user, UUID caseFileId, UUID personId, ReferralTargetKind kind, String target,
            String reason) {
        return refer(user, caseFileId, personId, kind, target, reason, false);
    }

    /**
     * As {@link #refer}, the person having consented just now to sharing the file: their consent (given today, no
     * signed document yet) is recorded with the referral, in one transaction (refused input records neither).
     */
    public UUID referWithConsentGivenToday(CurrentUser user, UUID caseFileId, UUID personId, ReferralTargetKind kind,
            String target, String reason) {
        return refer(user, caseFileId, personId, kind, target, reason, true);
    }

    private UUID refer(CurrentUser user, UUID caseFileId, UUID personId, ReferralTargetKind kind, String target,
            String reason, boolean consentGivenToday) {
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
            CaseFile cf = deps.visibleCaseFile(user, cs.tx(), caseFileId);
            UUID about = personId != null ? personId : referencePerson(cs.tx(), cf);
            if (consentGivenToday) {
                Person p = deps.visible(user, cs.tx().cases().find(Person.class, about)
                        .orElseThrow(() -> new NotFoundException("person")), "person");
                cs.insert(ConsentService.newConsent(deps, user, p, ConsentPurpose.SHARING, deps.today(), null, null));
            }
            if (external(kind)) {
                requireSharingConsent(cs.tx(), about);
            }
            Referral ref = new Referral(Ids.newId(), cf.getScope());
            ref.file(caseFileId, about, deps.clock().instant(), user.id());
            ref.setTargetKind(kind);
            ref.setTarget(t);
            ref.setReason(r);
            ref.setStatus(ReferralStatus.PENDING);
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

    /** True for a referral that leaves the council's social services: to a service or another municipality. */
    public static boolean external(ReferralTargetKind kind) {
        return kind == ReferralTargetKind.SERVICE || kind == ReferralTargetKind.MUNICIPALITY;
    }

    /**
     * Before the latest referral of a case file is printed (a referral letter): refused as {@link #refer} refuses it
     * when it goes to an external service and its person holds no active consent to share the file today.
     */
    public void requireConsentToPrintLatest(CurrentUser user, UUID caseFileId) {
        deps.readCaseFile(user, caseFileId, (tx, cf) -> {
            tx.cases().referrals(caseFileId).stream().findFirst().filter(r -> external(r.getTargetKind()))
                    .ifPresent(r -> requireSharingConsent(tx, r.getPersonId()));
            return null;
        });
    }

    private void requireSharingConsent(StoreTx tx, UUID personId) {
        if (personId == null || !ConsentService.hasActive(tx, personId, ConsentPurpose.SHARING, deps.today())) {
            new ValidationErrors().add("consent", "referral.error.noConsent").throwIfAny();
        }
    }

    private static UUID referencePerson(StoreTx tx, CaseFile cf) {
        return tx.cases().membersOfHousehold(cf.getHouseholdId()).stream().filter(m -> m.isReference())
                .map(HouseholdMember::getPersonId).findFirst().orElse(null);
    }

    public List<CaseRecords.ReferralItem> referrals(CurrentUser user, UUID caseFileId) {
        return deps.readCaseFile(user, caseFileId,
                (tx, cf) -> tx.cases().referrals(caseFileId).stream().map(CaseRecords.ReferralItem::of).toList());
    }
}
