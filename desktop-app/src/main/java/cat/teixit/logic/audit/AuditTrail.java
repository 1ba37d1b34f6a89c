package cat.teixit.logic.audit;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginAudit;
import cat.teixit.logic.change.ChangeAudit;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.audit.AuditRepository;
import cat.teixit.sync.protocol.AuditChain;
import cat.teixit.sync.protocol.AuditEntry;
import cat.teixit.sync.protocol.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;

/**
 * This workstation's audit trail (docs/decisions/0026-audit-trail.md): every view, print, export, change and signature
 * of a case file, every login and failed login, as an append-only chain of entries per device, each carrying the hash
 * of the one before. Use cases record here, in the transaction of what they record when they write; a read (opening
 * a case file) records in a short write of its own. A change made through {@code ChangeRecorder} is recorded for the
 * user logged in on the window ({@code actor}); with nobody logged in (headless generation of a demo area) changes
 * are not recorded. Team leads read the trail ({@link Permission#VIEW_AUDIT}). Thread-safe.
 */
@RequiredArgsConstructor
public final class AuditTrail implements ChangeAudit, LoginAudit {

    /** At most this many entries in one answer to a team lead. */
    public static final int MAX_LISTED = 5000;

    private final LocalStore store;
    private final String deviceId;
    private final Clock clock;
    private final AccessPolicy access;
    /** The user logged in on this workstation, if any: whom a change recorded without a named user is recorded for. */
    private final Supplier<Optional<CurrentUser>> actor;
    private volatile RemoteAudit remote;

    /**
     * The entries the central server holds of the lead's team (every device of the team, docs/sync-protocol.md
     * §10), read when it can be reached; each method answers null when there is no server or it did not answer.
     */
    public interface RemoteAudit {

        List<AuditEntry> ofCaseFile(UUID caseFileId);

        List<AuditEntry> ofUser(String userName, Instant from, Instant to);
    }

    /** Where the team's entries of other workstations are read (the sync service; null: this workstation's only). */
    public void setRemote(RemoteAudit remote) {
        this.remote = remote;
    }

    public String deviceId() {
        return deviceId;
    }

    /** Records, in {@code tx} (at its end, before it commits), that {@code user} did {@code action}. */
    public void record(StoreTx tx, CurrentUser user, AuditAction action, String entityType, UUID entityId,
            UUID caseFileId, String detail) {
        record(tx, user.id(), user.username(), action, entityType, entityId, caseFileId, detail);
    }

    @Override
    public void record(StoreTx tx, UUID userId, String userName, AuditAction action, String entityType, UUID entityId,
            UUID caseFileId, String detail) {
        String id = userId.toString();
        long at = clock.millis();
        tx.beforeCommit(() -> append(tx, at, id, userName, action, entityType, entityId, caseFileId, detail));
    }

    /** Records that {@code user} did {@code action}, in a write of its own (for what changes nothing: views, prints). */
    public void record(CurrentUser user, AuditAction action, String entityType, UUID entityId, UUID caseFileId,
            String detail) {
        store.write(tx -> {
            record(tx, user, action, entityType, entityId, caseFileId, detail);
            return null;
        });
    }

    /**
     * Records a change of a synced record in {@code tx} for the user logged in on this workstation (nothing when
     * nobody is: headless jobs); {@code kind} is the change's kind (INSERT, PATCH, DELETE), kept as the detail.
     */
    @Override
    public void changed(StoreTx tx, String entityType, UUID entityId, UUID caseFileId, String kind) {
        actor.get().ifPresent(u -> record(tx, u, AuditAction.CHANGE, entityType, entityId, caseFileId, kind));
    }

    /** Records, in {@code tx}, a login of {@code user}. */
    @Override
    public void loggedIn(StoreTx tx, CurrentUser user, boolean online) {
        record(tx, user, AuditAction.LOGIN, null, null, null, online ? "server" : "local");
    }

    /**
     * Records a refused login: for a known account its id, otherwise only a SHA-256 of the name tried (which may be
     * a person's name typed in the wrong field), never the name itself.
     */
    @Override
    public void loginFailed(String nameTried, UUID knownAccountId) {
        String userId = knownAccountId == null ? null : knownAccountId.toString();
        String hashedName = "sha256:" + Hashing.sha256Hex((nameTried == null ? "" : nameTried.strip()
                .toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        long at = clock.millis();
        store.write(tx -> {
            tx.beforeCommit(() -> append(tx, at, userId, hashedName, AuditAction.LOGIN_FAILED, null, null, null, null));
            return null;
        });
    }

    private void append(StoreTx tx, long at, String userId, String userName, AuditAction action, String entityType,
            UUID entityId, UUID caseFileId, String detail) {
        AuditRepository audit = tx.audit();
        AuditRepository.Head head = audit.head(deviceId);
        long prevSeq = head == null ? 0 : head.seq();
        String prevHash = head == null ? AuditChain.GENESIS : head.hash();
        audit.append(AuditChain.next(prevSeq, prevHash, deviceId, at, userId, userName, action.name(), entityType,
                entityId == null ? null : entityId.toString(), caseFileId == null ? null : caseFileId.toString(),
                detail));
    }

    /** Checks this device's whole trail as stored: empty when nothing was deleted, edited or moved. */
    public List<AuditChain.Finding> verify() {
        List<AuditEntry> all = store.read(tx -> tx.audit().all(deviceId));
        return AuditChain.verify(all, 0, AuditChain.GENESIS);
    }

    /** Who opened, printed, exported, changed or signed the case file, newest first (team leads). */
    public List<AuditEntry> ofCaseFile(CurrentUser lead, UUID caseFileId) {
        access.require(lead, Permission.VIEW_AUDIT);
        return store.read(tx -> {
            if (tx.cases().find(cat.teixit.model.casefile.CaseFile.class, caseFileId)
                    .filter(cf -> lead.visibleScopes().contains(cf.getScope())).isEmpty()) {
                throw new NotFoundException("case file");
            }
            return tx.audit().ofCaseFile(caseFileId.toString(), MAX_LISTED);
        });
    }

    /** What the professional {@code userId} of the lead's team did in [from, to), oldest first (team leads). */
    public List<AuditEntry> ofUser(CurrentUser lead, UUID userId, Instant from, Instant to) {
        access.require(lead, Permission.VIEW_AUDIT);
        return store.read(tx -> {
            boolean ofTeam = tx.users().find(userId).filter(u -> u.getTeam().getId().equals(lead.teamId()))
                    .isPresent();
            if (!ofTeam) {
                throw new NotFoundException("user");
            }
            return tx.audit().ofUser(userId.toString(), from.toEpochMilli(), to.toEpochMilli(), MAX_LISTED);
        });
    }

    /** An entry as a team lead reads it: the professional's name and the case file's number looked up. */
    public record Row(Instant at, String professional, AuditAction action, String entityType, String caseNumber,
            String detail, String device, long seq) {
    }

    /** A professional of the lead's team, to choose whose actions to list. */
    public record Professional(UUID id, String displayName) {
    }

    /** The professionals of the lead's team, by name. */
    public List<Professional> professionals(CurrentUser lead) {
        access.require(lead, Permission.VIEW_AUDIT);
        return store.read(tx -> tx.users().ofTeam(lead.teamId()).stream()
                .map(u -> new Professional(u.getId(), u.getDisplayName()))
                .sorted(java.util.Comparator.comparing(Professional::displayName)).toList());
    }

    /** The case file of the lead's team numbered {@code number}. */
    public Optional<UUID> caseFileNumbered(CurrentUser lead, String number) {
        access.require(lead, Permission.VIEW_AUDIT);
        String n = number == null ? "" : number.strip();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return store.read(tx -> tx.documentCases().byNumber(lead.scope(), n)).map(r -> r.id());
    }

    /**
     * Who opened, printed, exported, changed or signed the case file, newest first, as rows (team leads): this
     * workstation's entries and, when the server answers, those of the team's other workstations.
     */
    public List<Row> rowsOfCaseFile(CurrentUser lead, UUID caseFileId) {
        List<AuditEntry> here = ofCaseFile(lead, caseFileId);
        RemoteAudit r = remote;
        List<AuditEntry> far = r == null ? null : r.ofCaseFile(caseFileId);
        return rows(merged(here, far, true));
    }

    /** What the professional did in [from, to), oldest first, as rows (team leads), here and on the server. */
    public List<Row> rowsOfUser(CurrentUser lead, UUID userId, Instant from, Instant to) {
        List<AuditEntry> here = ofUser(lead, userId, from, to);
        RemoteAudit r = remote;
        String name = r == null ? null : store.read(tx -> tx.users().find(userId).map(u -> u.getUsername()))
                .orElse(null);
        List<AuditEntry> far = name == null ? null : r.ofUser(name, from, to);
        return rows(merged(here, far, false));
    }

    /** Both lists, each entry once (by device and number), by time. */
    private static List<AuditEntry> merged(List<AuditEntry> here, List<AuditEntry> far, boolean newestFirst) {
        if (far == null || far.isEmpty()) {
            return here;
        }
        java.util.Map<String, AuditEntry> all = new java.util.LinkedHashMap<>();
        for (AuditEntry e : far) {
            all.put(e.deviceId() + "#" + e.seq(), e);
        }
        for (AuditEntry e : here) {
            all.put(e.deviceId() + "#" + e.seq(), e);
        }
        java.util.Comparator<AuditEntry> byTime = java.util.Comparator.comparingLong(AuditEntry::at)
                .thenComparing(AuditEntry::deviceId).thenComparingLong(AuditEntry::seq);
        return all.values().stream().sorted(newestFirst ? byTime.reversed() : byTime).limit(MAX_LISTED).toList();
    }

    private List<Row> rows(List<AuditEntry> entries) {
        return store.read(tx -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            java.util.Map<String, String> numbers = new java.util.HashMap<>();
            List<Row> out = new java.util.ArrayList<>(entries.size());
            for (AuditEntry e : entries) {
                String who = e.userId() == null ? e.userName() : names.computeIfAbsent(e.userId(),
                        id -> tx.users().find(UUID.fromString(id)).map(u -> u.getDisplayName()).orElse(e.userName()));
                String number = e.caseFileId() == null ? null : numbers.computeIfAbsent(e.caseFileId(),
                        id -> tx.cases().find(cat.teixit.model.casefile.CaseFile.class, UUID.fromString(id))
                                .map(cf -> cf.getNumber()).orElse(""));
                out.add(new Row(Instant.ofEpochMilli(e.at()), who, AuditAction.valueOf(e.action()), e.entityType(),
                        number, e.detail(), e.deviceId(), e.seq()));
            }
            return out;
        });
    }

    /** Whether {@code user} may read the trail (the area and the case file's button are offered to them only). */
    public boolean mayRead(CurrentUser user) {
        return access.allows(user, Permission.VIEW_AUDIT);
    }

    /** The entries the server has not acknowledged yet, up to {@code limit}, in stored order (for the upload). */
    public List<AuditEntry> unsent(int limit) {
        return store.read(tx -> tx.audit().after(deviceId, tx.audit().acked(deviceId), limit));
    }

    /** Records that the server holds this device's entries up to {@code seq}. */
    public void acknowledged(long seq) {
        store.write(tx -> {
            tx.audit().acknowledge(deviceId, seq);
            return null;
        });
    }
}
