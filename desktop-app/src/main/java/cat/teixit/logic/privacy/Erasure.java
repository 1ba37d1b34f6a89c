package cat.teixit.logic.privacy;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.AttachmentService;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.persistence.BlobStore;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.UpgradeBackup;
import cat.teixit.persistence.privacy.ErasureQueries;
import cat.teixit.sync.protocol.ChangeKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasure after the retention period (GDPR art. 17 and the retention rules): a case file closed more than the
 * retention period ago ({@code privacy.retentionYears}) is anonymised by a team lead unless a legal hold keeps it.
 * The anonymisation is recorded as ordinary changes (so it syncs to the server and every workstation: each one
 * scrubs what it still holds when it pulls it, {@link #scrubPulled}), then this workstation removes every other trace
 * it holds: pending changes, sync journals, drafts, the search index's old entries, the attachments' files, and the
 * free pages of the database file and its log. Thread-safe.
 */
@RequiredArgsConstructor
public final class Erasure {

    /** Years a closed case file is kept when the setting says nothing. */
    public static final int DEFAULT_RETENTION_YEARS = 5;
    /** The longest legal hold reason. */
    static final int HOLD_MAX = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    /** A closed case file, the day its retention ends, and its legal hold if any. */
    public record Due(UUID caseFileId, String number, LocalDate closedOn, LocalDate dueOn, String legalHold) {
        /** True when it may be anonymised today: past its retention, no hold. */
        public boolean erasable(LocalDate today) {
            return legalHold == null && !dueOn.isAfter(today);
        }
    }

    /**
     * What an anonymisation changed: how many people and records of each kind, how many attachment files and how many
     * upgrade backups of the store were deleted.
     */
    public record Report(String caseNumber, int peopleAnonymised, int peopleKept, Map<String, Integer> records,
            int filesDeleted, int backupsDeleted) {
    }

    private final LocalStore store;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final Clock clock;
    private final BlobStore blobs;
    private final AttachmentService attachments;
    private final IntSupplier retentionYears;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The retention period in force, in years. */
    public int retentionYears() {
        return retentionYears.getAsInt();
    }

    /**
     * The closed case files of the team lead's scopes whose retention has ended by {@code until} (today: those due
     * now), oldest first, held ones included (marked).
     */
    public List<Due> due(CurrentUser lead, LocalDate until) {
        requireLead(lead);
        int years = retentionYears();
        return store.read(tx -> tx.erasure().closedBefore(lead.visibleScopes(), until.minusYears(years).plusDays(1)))
                .stream().map(c -> new Due(c.id(), c.number(), c.closedOn(), c.closedOn().plusYears(years), c.legalHold()))
                .toList();
    }

    /** The case file numbered {@code number} among the team lead's scopes. */
    public Optional<UUID> caseFileNumbered(CurrentUser lead, String number) {
        requireLead(lead);
        return store.read(tx -> lead.visibleScopes().stream()
                .map(s -> tx.documentCases().byNumber(s, number.strip())).flatMap(Optional::stream).findFirst()
                .map(r -> r.id()));
    }

    /** Puts a legal hold on a case file, with its reason (blank: lifts it). */
    public void hold(CurrentUser lead, UUID caseFileId, String reason) {
        requireLead(lead);
        ValidationErrors e = new ValidationErrors();
        String r = e.text("legalHold", reason, HOLD_MAX);
        e.throwIfAny();
        store.write(tx -> {
            CaseFile cf = writable(lead, tx.cases().find(CaseFile.class, caseFileId).orElse(null));
            if (cf.getAnonymisedOn() != null) {
                new ValidationErrors().add("legalHold", "erasure.error.done").throwIfAny();
            }
            Map<String, Object> before = cf.syncFields();
            cf.setLegalHold(r);
            recorder.recordPatch(tx, recorder.newTransactionId(), cf, before);
            return null;
        });
        LOG.info("Legal hold {} on a case file", r == null ? "lifted" : "set");
    }

    /**
     * Anonymises a closed case file past its retention period (refused, nothing changed, when it is not closed, not
     * due, held or already anonymised), then removes what this workstation still holds of it.
     */
    public Report anonymise(CurrentUser lead, UUID caseFileId) {
        requireLead(lead);
        LocalDate today = today();
        long now = clock.millis();
        int years = retentionYears();
        Object[] out = store.write(tx -> {
            CaseFile cf = writable(lead, tx.cases().find(CaseFile.class, caseFileId).orElse(null));
            ValidationErrors e = new ValidationErrors();
            if (cf.getAnonymisedOn() != null) {
                e.add("caseFile", "erasure.error.done");
            } else if (cf.getStatus() != CaseStatus.CLOSED || cf.getClosedOn() == null) {
                e.add("caseFile", "erasure.error.notClosed");
            } else if (cf.getClosedOn().plusYears(years).isAfter(today)) {
                e.add("caseFile", "erasure.error.notDue", cf.getClosedOn().plusYears(years).toString());
            } else if (cf.getLegalHold() != null) {
                e.add("caseFile", "erasure.error.held");
            }
            e.throwIfAny();
            ErasureQueries.Plan plan = tx.erasure().plan(caseFileId);
            UUID txId = recorder.newTransactionId();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ErasureQueries.Target t : plan.targets()) {
                tx.erasure().write(t, record(tx, txId, t, now), now);
                counts.merge(t.table(), 1, Integer::sum);
            }
            Map<String, Object> mark = new HashMap<>();
            mark.put("anonymised_on", today.toString());
            mark.put("legal_hold", null);
            String hlc = recorder.recordRow(tx, txId, CaseFile.TYPE, caseFileId, cf.getScope(), cf.getServerVersion(),
                    ChangeKind.PATCH, mark, null).hlc().toString();
            tx.erasure().markAnonymised(caseFileId, today, hlc);
            tx.erasure().scrub(caseFileId, plan.targets(), now);
            return new Object[] {plan, cf.getNumber(), counts};
        });
        ErasureQueries.Plan plan = (ErasureQueries.Plan) out[0];
        int files = afterScrub(plan);
        int backups = removeBackups();
        @SuppressWarnings("unchecked")
        Map<String, Integer> counts = (Map<String, Integer>) out[2];
        LOG.info("A case file was anonymised: {} records, {} files and {} backups deleted", plan.targets().size(), files,
                backups);
        return new Report((String) out[1], plan.peopleAnonymised(), plan.peopleKept(), Map.copyOf(counts), files,
                backups);
    }

    /**
     * Scrubs the case files another workstation anonymised that this one pulled: their rows are given the cleared
     * values again (a change made here offline and not yet sent included), and every other trace goes as in {@link
     * #anonymise}. Runs after each sync; the number of case files scrubbed.
     */
    public int scrubPulled() {
        List<UUID> pending = store.read(tx -> tx.erasure().unscrubbed());
        if (pending.isEmpty()) {
            return 0;
        }
        long now = clock.millis();
        List<ErasureQueries.Plan> plans = new ArrayList<>();
        for (UUID id : pending) {
            plans.add(store.write(tx -> {
                ErasureQueries.Plan plan = tx.erasure().plan(id);
                UUID txId = recorder.newTransactionId();
                for (ErasureQueries.Target t : plan.targets()) {
                    // What this workstation wrote there after the anonymisation (sent or not) is cleared and sent too.
                    tx.erasure().write(t, tx.erasure().differs(t) ? record(tx, txId, t, now) : null, now);
                }
                tx.erasure().scrub(id, plan.targets(), now);
                return plan;
            }));
        }
        int files = 0;
        for (ErasureQueries.Plan p : plans) {
            files += deleteFiles(p);
        }
        attachments.cleanViewingCopies();
        store.compact();
        int backups = removeBackups();
        LOG.info("{} anonymised case files scrubbed, {} files and {} backups deleted", pending.size(), files, backups);
        return pending.size();
    }

    /** Records the clearing of {@code t} (and its tombstone) as changes to send; the clock value of the last. */
    private String record(cat.teixit.persistence.StoreTx tx, UUID txId, ErasureQueries.Target t, long now) {
        String hlc = recorder.recordRow(tx, txId, t.table(), t.id(), t.scope(), t.serverVersion(), ChangeKind.PATCH,
                t.values(), null).hlc().toString();
        if (t.tombstone()) {
            hlc = recorder.recordRow(tx, txId, t.table(), t.id(), t.scope(), t.serverVersion(), ChangeKind.DELETE,
                    Map.of("deleted_at", now), null).hlc().toString();
        }
        return hlc;
    }

    private int afterScrub(ErasureQueries.Plan plan) {
        int files = deleteFiles(plan);
        attachments.cleanViewingCopies();
        store.compact();
        return files;
    }

    /**
     * Deletes the store's upgrade backups: made before the erasure, they still hold what it removed, and being of
     * older schemas they cannot be scrubbed as the store is (decision 0036). A backup that cannot be deleted is
     * logged (the erasure stands; the next erasure or scrub tries again).
     */
    private int removeBackups() {
        try {
            return UpgradeBackup.removeAll(store.dataDir());
        } catch (java.io.IOException e) {
            LOG.error("Store backups could not be deleted after an erasure: {}", e.getClass().getSimpleName());
            return 0;
        }
    }

    private int deleteFiles(ErasureQueries.Plan plan) {
        int n = 0;
        for (String sha : plan.blobs()) {
            if (!store.read(tx -> tx.erasure().blobInUse(sha)) && blobs.delete(sha)) {
                n++;
            }
        }
        return n;
    }

    private void requireLead(CurrentUser user) {
        access.require(user, Permission.READ_TEAM_CONFIDENTIAL);
        access.require(user, Permission.EDIT_CASE_FILES);
    }

    private static CaseFile writable(CurrentUser lead, CaseFile cf) {
        if (cf == null || !lead.visibleScopes().contains(cf.getScope())) {
            throw new NotFoundException("case file");
        }
        if (!lead.mayWrite(cf.getScope())) {
            throw new AccessDeniedException(Permission.EDIT_CASE_FILES);
        }
        return cf;
    }
}
