package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Intervention;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Interventions: recorded once, never lost. Confidential ones are readable only by their author
 * and by team leads; the rule is enforced here, not in the view. Thread-safe.
 */
public final class InterventionService {

    public static final int NOTES_MAX = 50_000;

    private final CaseDeps deps;

    public InterventionService(CaseDeps deps) {
        this.deps = deps;
    }

    /** Records an intervention on a case file and returns its id. */
    public UUID add(CurrentUser user, UUID caseFileId, InterventionForm f) {
        ValidationErrors e = new ValidationErrors();
        if (f.kind() == null) {
            e.add("kind", "validation.required");
        }
        if (e.dateUpTo("date", f.date(), deps.today()) && f.date().isBefore(deps.today().minusYears(30))) {
            e.add("date", "validation.date.tooOld");
        }
        if (f.durationMinutes() != null && (f.durationMinutes() < 0 || f.durationMinutes() > 1440)) {
            e.add("duration", "intervention.error.duration");
        }
        String notes = f.notes() == null ? null : f.notes().strip();
        if (notes == null || notes.isEmpty()) {
            e.add("notes", "validation.required");
        } else if (notes.length() > NOTES_MAX) {
            e.add("notes", "validation.tooLong", NOTES_MAX);
        } else if (!Texts.isPrintable(notes)) {
            e.add("notes", "validation.badCharacters");
        }
        e.throwIfAny();
        return deps.change(user, cs -> {
            CaseFile cf = deps.visibleCaseFile(user, cs.tx(), caseFileId);
            Intervention i = new Intervention(Ids.newId(), cf.getScope());
            // No time given: "now" for today (it sorts after what was just recorded), midday otherwise.
            Instant at = f.time() == null && f.date().equals(deps.today()) ? deps.clock().instant()
                    : ZonedDateTime.of(f.date(), f.time() == null ? LocalTime.NOON : f.time(), CaseDeps.ZONE).toInstant();
            i.file(cf.getId(), f.personId(), at, user.id());
            i.setKind(f.kind());
            i.setDurationMin(f.durationMinutes());
            i.setProfessionals(f.otherProfessionals().isEmpty() ? null
                    : f.otherProfessionals().stream().map(UUID::toString).collect(Collectors.joining(",")));
            i.setNotes(notes);
            i.setConfidential(f.confidential());
            i.setCreatedAt(deps.clock().instant());
            cs.insert(i);
            return i.getId();
        });
    }


    /** True when {@code user} may read the content of an entry written by {@code authorId}. */
    public boolean mayRead(CurrentUser user, UUID authorId, boolean confidential) {
        return !confidential || user.id().equals(authorId) || deps.access().allows(user, Permission.READ_TEAM_CONFIDENTIAL);
    }

    /** The whole intervention; a confidential one only for its author and team leads. */
    public CaseRecords.InterventionText get(CurrentUser user, UUID interventionId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        Intervention i = deps.store().read(tx -> tx.cases().find(Intervention.class, interventionId))
                .orElseThrow(() -> new NotFoundException("intervention"));
        deps.visible(user, i, "intervention");
        if (!mayRead(user, i.getAuthorId(), i.isConfidential())) {
            throw new AccessDeniedException(Permission.READ_TEAM_CONFIDENTIAL);
        }
        return CaseRecords.InterventionText.of(i);
    }
}
