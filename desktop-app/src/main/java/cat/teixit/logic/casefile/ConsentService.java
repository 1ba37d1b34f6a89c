package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.casefile.Attachment;
import cat.teixit.model.casefile.Consent;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.StoreTx;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.HouseholdMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Consents per person (GDPR): recorded with their purpose, date and signed document (an attachment filed in a case
 * file), withdrawn on a date, never deleted. A referral to an external service asks for an active
 * {@link ConsentPurpose#SHARING} consent ({@link #hasActive}). Thread-safe.
 */
public final class ConsentService {

    static final int NOTES_MAX = 2000;
    /** Active ones first, then the newest given first. */
    private static final Comparator<ConsentItem> ORDER = Comparator.comparing(ConsentItem::active).reversed()
            .thenComparing(ConsentItem::givenOn, Comparator.reverseOrder());

    /** A consent on screen. {@code documentName} is the signed document’s file name, if one is linked. */
    public record ConsentItem(UUID id, long rowVersion, UUID personId, String purpose, LocalDate givenOn,
            UUID documentId, String documentName, LocalDate withdrawnOn, String notes, boolean active) {
    }

    /** A member of a case file's household and their consents (see {@link #consents(CurrentUser, UUID)}). */
    public record PersonConsents(UUID personId, String name, List<ConsentItem> consents) {
    }

    /** A file of the case file that may be the signed document of a consent. */
    public record DocumentChoice(UUID id, String fileName) {
    }

    private final CaseDeps deps;

    public ConsentService(CaseDeps deps) {
        this.deps = deps;
    }

    /**
     * Records that person {@code personId} consented to {@code purpose} on {@code givenOn} (not in the future), with
     * the signed document {@code documentId} (an attachment the user may see) if any.
     */
    public UUID record(CurrentUser user, UUID personId, ConsentPurpose purpose, LocalDate givenOn, UUID documentId,
            String notes) {
        ValidationErrors e = new ValidationErrors();
        if (personId == null) {
            e.add("person", "validation.required");
        }
        if (purpose == null) {
            e.add("purpose", "validation.required");
        }
        e.dateUpTo("givenOn", givenOn, deps.today(), "consent.error.future");
        String n = e.text("notes", notes, NOTES_MAX);
        e.throwIfAny();
        return deps.change(user, cs -> {
            Person p = deps.visible(user, cs.tx().cases().find(Person.class, personId)
                    .orElseThrow(() -> new NotFoundException("person")), "person");
            if (documentId != null) {
                deps.visible(user, cs.tx().cases().find(Attachment.class, documentId)
                        .orElseThrow(() -> new NotFoundException("attachment")), "attachment");
            }
            return cs.insert(newConsent(deps, user, p, purpose, givenOn, documentId, n)).getId();
        });
    }

    /** A new consent of {@code p} written by {@code user} now, in the person's scope (the values already checked). */
    static Consent newConsent(CaseDeps deps, CurrentUser user, Person p, ConsentPurpose purpose, LocalDate givenOn,
            UUID documentId, String notes) {
        Consent c = new Consent(Ids.newId(), p.getScope());
        c.setPersonId(p.getId());
        c.setPurpose(purpose.name());
        c.setGivenOn(givenOn);
        c.setDocumentId(documentId);
        c.setNotes(notes);
        c.setAuthorId(user.id());
        c.setCreatedAt(deps.clock().instant());
        return c;
    }

    /** Records that the consent was withdrawn on {@code withdrawnOn} (not before it was given, not in the future). */
    public void withdraw(CurrentUser user, UUID consentId, long expectedRowVersion, LocalDate withdrawnOn) {
        ValidationErrors e = new ValidationErrors();
        e.dateUpTo("withdrawnOn", withdrawnOn, deps.today(), "consent.error.future");
        e.throwIfAny();
        deps.change(user, cs -> {
            Consent c = deps.visible(user, cs.tx().cases().find(Consent.class, consentId)
                    .orElseThrow(() -> new NotFoundException("consent")), "consent");
            CaseDeps.checkVersion(c, expectedRowVersion);
            ValidationErrors later = new ValidationErrors();
            if (c.getWithdrawnOn() != null) {
                later.add("withdrawnOn", "consent.error.withdrawn");
            } else if (withdrawnOn.isBefore(c.getGivenOn())) {
                later.add("withdrawnOn", "consent.error.beforeGiven");
            }
            later.throwIfAny();
            Map<String, Object> before = c.syncFields();
            c.setWithdrawnOn(withdrawnOn);
            cs.patch(c, before);
            return null;
        });
    }

    /** The consents of a person, the active ones first, then by date given, newest first. */
    public List<ConsentItem> consents(CurrentUser user, UUID personId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        LocalDate today = deps.today();
        return deps.store().read(tx -> {
            deps.visible(user, tx.cases().find(Person.class, personId).orElseThrow(() -> new NotFoundException("person")),
                    "person");
            return tx.cases().referencingPerson(Consent.class, personId).stream()
                    .map(c -> item(tx, c, today)).sorted(ORDER).toList();
        });
    }

    /** The current members of the case file's household (the reference person first) and the consents of each. */
    public List<PersonConsents> byCaseFile(CurrentUser user, UUID caseFileId) {
        LocalDate today = deps.today();
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> {
            List<PersonConsents> out = new ArrayList<>();
            for (HouseholdMember m : tx.cases().membersOfHousehold(cf.getHouseholdId())) {
                if (m.getLeftOn() != null) {
                    continue;
                }
                tx.cases().find(Person.class, m.getPersonId()).filter(p -> deps.scopesOf(user).contains(p.getScope()))
                        .ifPresent(p -> out.add(new PersonConsents(p.getId(), name(p),
                                tx.cases().referencingPerson(Consent.class, p.getId()).stream().map(c -> item(tx, c, today))
                                        .sorted(ORDER).toList())));
            }
            return out;
        });
    }

    /** The files of the case file a consent's signed document may be chosen from, newest first. */
    public List<DocumentChoice> documents(CurrentUser user, UUID caseFileId) {
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> tx.cases().attachments(caseFileId).stream()
                .map(a -> new DocumentChoice(a.getId(), a.getFileName())).toList());
    }

    private static String name(Person p) {
        return String.join(" ", p.getGivenName(), Objects.toString(p.getSurname1(), ""),
                Objects.toString(p.getSurname2(), "")).strip().replaceAll(" +", " ");
    }

    /** True when {@code personId} holds an active consent to {@code purpose} on {@code day}. */
    static boolean hasActive(StoreTx tx, UUID personId, ConsentPurpose purpose, LocalDate day) {
        return tx.cases().referencingPerson(Consent.class, personId).stream()
                .anyMatch(c -> purpose.name().equals(c.getPurpose()) && c.activeOn(day));
    }

    private static ConsentItem item(StoreTx tx, Consent c, LocalDate today) {
        String doc = c.getDocumentId() == null ? null
                : tx.cases().findAny(Attachment.class, c.getDocumentId()).map(Attachment::getFileName).orElse(null);
        return new ConsentItem(c.getId(), c.getRowVersion(), c.getPersonId(), c.getPurpose(), c.getGivenOn(),
                c.getDocumentId(), doc, c.getWithdrawnOn(), c.getNotes(), c.activeOn(today));
    }
}
