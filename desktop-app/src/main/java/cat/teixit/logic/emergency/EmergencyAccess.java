package cat.teixit.logic.emergency;

import cat.teixit.logic.audit.AuditTrail;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.emergency.EmergencyOpenings;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.protocol.EmergencyWire;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;

/**
 * Break-the-glass access (docs/decisions/0039-break-the-glass.md): a professional with
 * {@link Permission#BREAK_THE_GLASS} opens one case file of another team with a written reason; the central server
 * grants it for a limited time and serves that case file alone in the next pulls; the team leads see it there. This
 * workstation keeps the opening, shows the scope read-only while it lasts ({@link #withOpenings}), and purges every
 * record of the scope, search index included, once the last opening of it has expired ({@link #purgeExpired}).
 * Thread-safe.
 */
@RequiredArgsConstructor
public final class EmergencyAccess {

    /** What asks the central server (the sync service's session). */
    public interface Remote {
        /**
         * @param caseFile a case file's identifier or number
         * @param requestId the id of this request: sent again, it answers the same opening (decision 0043)
         */
        EmergencyWire.Opening open(String caseFile, String reason, String requestId);

        EmergencyWire.Openings openings();

        /** Whether there is a session with the central server now (none offline, or without a server). */
        default boolean connected() {
            return true;
        }
    }

    /** What purges a scope's records here (the sync store), as when the server takes a scope away. */
    public interface Purger {
        void purgeScope(String scope);
    }

    /** An opening as the screens show it. */
    public record Opening(long id, UUID caseFileId, String scope, String reason, Instant openedAt, Instant expiresAt,
            int records) {
    }

    /** An opening as a team lead sees it: who, which case file, why, until when. */
    public record Flagged(String username, String userTeam, String caseFileId, String scope, String reason,
            Instant openedAt, Instant expiresAt) {
    }

    private final LocalStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Remote remote;
    private final Purger purger;
    /** The request whose answer never came (the server may have made the opening): asked again with its id. */
    private Unanswered unanswered;

    /** A request sent without an answer: by whom, for which case file, why, and its id. */
    private record Unanswered(UUID userId, String caseFile, String reason, String requestId) {
    }

    /**
     * Asks the central server to open case file {@code caseFileId} for {@code user} because of {@code reason}, keeps
     * the opening here and records it in the audit trail. The case file arrives with the next sync. Refusals come
     * as a {@link ValidationException} with translated keys: on field {@code reason} ({@code emergency.error.reason}),
     * on field {@code caseFile} ({@code emergency.error.inScope}, {@code emergency.error.notFound},
     * {@code emergency.error.offline}, {@code emergency.error.tooMany}, {@code emergency.error.refused}).
     */
    public Opening open(CurrentUser user, UUID caseFileId, String reason) {
        return open(user, caseFileId == null ? null : caseFileId.toString(), reason);
    }

    /** As {@link #open(CurrentUser, UUID, String)}, the case file named by its identifier or its number. */
    public Opening open(CurrentUser user, String caseFile, String reason) {
        access.require(user, Permission.BREAK_THE_GLASS);
        ValidationErrors e = new ValidationErrors();
        String why = reason == null ? "" : reason.strip();
        String named = caseFile == null ? "" : caseFile.strip();
        if (named.isEmpty()) {
            e.add("caseFile", "validation.required");
        }
        if (why.length() < EmergencyWire.MIN_REASON || why.length() > EmergencyWire.MAX_REASON) {
            e.add("reason", "emergency.error.reason", EmergencyWire.MIN_REASON, EmergencyWire.MAX_REASON);
        }
        e.throwIfAny();
        if (caseFileKnownInScope(user, named)) {
            throw new ValidationException(new ValidationErrors().add("caseFile", "emergency.error.inScope"));
        }
        String requestId = requestIdFor(user, named, why);
        EmergencyWire.Opening o;
        try {
            o = remote.open(named, why, requestId);
            answered(requestId);
        } catch (SyncServerException x) {
            answered(requestId);
            String key = switch (x.code()) {
                case "reason_required" -> "emergency.error.reason";
                case "in_scope" -> "emergency.error.inScope";
                case "not_found", "bad_request" -> "emergency.error.notFound";
                case "too_many_attempts" -> "emergency.error.tooMany";
                default -> "emergency.error.refused";
            };
            String field = key.equals("emergency.error.reason") ? "reason" : "caseFile";
            throw new ValidationException(new ValidationErrors().add(field, key, EmergencyWire.MIN_REASON,
                    EmergencyWire.MAX_REASON));
        } catch (RuntimeException offline) {
            throw new ValidationException(new ValidationErrors().add("caseFile", "emergency.error.offline"));
        }
        Opening opened = new Opening(o.id(), UUID.fromString(o.caseFileId()), o.scope(), o.reason(),
                Instant.ofEpochMilli(o.openedAt()), Instant.ofEpochMilli(o.expiresAt()), o.records());
        store.write(tx -> {
            // An opening kept already (asked again after an answer lost on the way) is recorded once.
            if (tx.emergency().add(new EmergencyOpenings.Stored(opened.id(), user.id(), opened.caseFileId(),
                    opened.scope(), opened.reason(), opened.openedAt(), opened.expiresAt(), opened.records(), null))) {
                audit.record(tx, user, AuditAction.EMERGENCY_ACCESS, "case_file", opened.caseFileId(),
                        opened.caseFileId(), "until " + opened.expiresAt());
            }
            return null;
        });
        return opened;
    }

    /**
     * The id to ask with: that of the request left without an answer when it was the same user, case file and reason
     * (the server may have made that opening; it answers it again, not a second one), else a new one, kept until an
     * answer comes.
     */
    private synchronized String requestIdFor(CurrentUser user, String caseFile, String reason) {
        Unanswered u = unanswered;
        if (u == null || !u.userId().equals(user.id()) || !u.caseFile().equals(caseFile) || !u.reason().equals(reason)) {
            u = new Unanswered(user.id(), caseFile, reason, UUID.randomUUID().toString());
            unanswered = u;
        }
        return u.requestId();
    }

    /** The server answered request {@code requestId} (granted or refused): a new press is a new request. */
    private synchronized void answered(String requestId) {
        if (unanswered != null && unanswered.requestId().equals(requestId)) {
            unanswered = null;
        }
    }

    /** Whether the case file is one this workstation already shows the user (then no emergency is needed). */
    private boolean caseFileKnownInScope(CurrentUser user, String named) {
        UUID id;
        try {
            id = UUID.fromString(named);
        } catch (IllegalArgumentException aNumber) {
            return store.read(tx -> user.visibleScopes().stream()
                    .anyMatch(s -> tx.documentCases().byNumber(s, named.toUpperCase(java.util.Locale.ROOT)).isPresent()));
        }
        return store.read(tx -> tx.cases().find(cat.teixit.model.casefile.CaseFile.class, id))
                .map(cf -> user.visibleScopes().contains(cf.getScope())).orElse(false);
    }

    /** Whether case file {@code caseFileId} is in this workstation's store (an opening's case file, once pulled). */
    public boolean arrived(UUID caseFileId) {
        return store.read(tx -> tx.cases().find(cat.teixit.model.casefile.CaseFile.class, caseFileId)).isPresent();
    }

    /** The openings of this workstation that have not expired, newest first. */
    public List<Opening> live() {
        Instant now = clock.instant();
        return unpurged(o -> o.expiresAt().isAfter(now) ? o : null);
    }

    /** The live opening through which case file {@code caseFileId} is shown, if any (for the banner). */
    public Optional<Opening> liveOpeningOf(UUID caseFileId) {
        return live().stream().filter(o -> o.caseFileId().equals(caseFileId)).findFirst();
    }

    private List<Opening> unpurged(Function<Opening, Opening> keep) {
        return store.read(tx -> tx.emergency().unpurged()).stream()
                .map(s -> new Opening(s.id(), s.caseFileId(), s.scope(), s.reason(), s.openedAt(), s.expiresAt(),
                        s.records()))
                .map(keep).filter(java.util.Objects::nonNull).toList();
    }

    /** {@code user} seeing, read only, the scopes of her live openings besides her own. */
    public CurrentUser withOpenings(CurrentUser user) {
        Map<String, Boolean> grants = new TreeMap<>(user.grants());
        for (Opening o : live()) {
            if (!o.scope().equals(user.scope())) {
                grants.putIfAbsent(o.scope(), false);
            }
        }
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles(), user.teamId(),
                user.teamName(), user.areaName(), user.scope(), grants);
    }

    /**
     * Purges, here, the records of every scope whose openings have all expired and that {@code held} (the scopes the
     * server grants the user) does not name: the case files, people, households and their records, and their entries
     * in the search index. Returns the scopes purged.
     */
    public Set<String> purgeExpired(Set<String> held) {
        return purgeExpired(held, clock.instant());
    }

    /** As {@link #purgeExpired(Set)}, as at {@code now}. */
    public Set<String> purgeExpired(Set<String> held, Instant now) {
        List<Opening> all = unpurged(o -> o);
        Set<String> liveScopes = new HashSet<>();
        all.stream().filter(o -> o.expiresAt().isAfter(now)).forEach(o -> liveScopes.add(o.scope()));
        Set<String> purged = new java.util.TreeSet<>();
        for (Opening o : all) {
            if (!o.expiresAt().isAfter(now) && !liveScopes.contains(o.scope()) && purged.add(o.scope())) {
                if (!held.contains(o.scope())) {
                    purger.purgeScope(o.scope());
                }
                store.write(tx -> tx.emergency().markPurged(o.scope(), now));
            }
        }
        return purged;
    }

    /**
     * The openings the central server lists for a team lead ({@link Permission#VIEW_AUDIT}), newest first; empty
     * without a session with the server (they are the server's to list).
     */
    public java.util.Optional<List<Flagged>> flagged(CurrentUser lead) {
        access.require(lead, Permission.VIEW_AUDIT);
        if (!remote.connected()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(remote.openings().openings().stream().map(o -> new Flagged(o.username(),
                o.userTeam(), o.caseFileId(), o.scope(), o.reason(), Instant.ofEpochMilli(o.openedAt()),
                Instant.ofEpochMilli(o.expiresAt()))).toList());
    }
}
