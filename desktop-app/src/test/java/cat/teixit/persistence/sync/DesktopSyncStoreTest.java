package cat.teixit.persistence.sync;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.change.HybridClock;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.BlobStore;
import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.client.PurgeReport;
import cat.teixit.sync.client.PushOutcome;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.ConflictKind;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync port over the typed tables of a real SQLite store, driven with hand-made server records. */
class DesktopSyncStoreTest {

    private static final ObjectMapper JSON = Json.strictMapper();
    private static final String SCOPE = "GIR-N";

    @TempDir
    Path dir;
    private LocalStore store;
    private HybridClock clock;
    private DesktopSyncStore sync;
    private ChangeRecorder recorder;

    @BeforeEach
    void open() throws Exception {
        store = LocalStore.open(dir, TestKeys.KEY);
        clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
        sync = new DesktopSyncStore(store, new BlobStore(dir, cat.teixit.testing.TestKeys.KEY), clock, Clock.systemUTC());
        recorder = new ChangeRecorder(clock, Clock.systemUTC(), sync);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RecordState record(String type, UUID id, long version, Map<String, ?> fields, Long deletedAt) {
        return new RecordState(type, id, SCOPE, version, JSON.valueToTree(fields), deletedAt,
                String.format("%013x-0000-server", 1_700_000_000_000L + version), "jordi", 1_700_000_000_000L);
    }

    private static RecordState person(UUID id, long version, Map<String, ?> extra) {
        Map<String, Object> f = new LinkedHashMap<>(Map.of("given_name", "Núria", "id_doc_type", "NONE",
                "created_at", 1L));
        f.putAll(extra);
        return record("person", id, version, f, null);
    }

    private static RecordState household(UUID id, long version) {
        return record("household", id, version, Map.of("name", "Pagès", "created_at", 1L), null);
    }

    private static RecordState member(UUID id, UUID household, UUID person) {
        return record("household_member", id, 1, Map.of("household_id", household.toString(), "person_id",
                person.toString(), "relationship", "8", "joined_on", "2026-01-01"), null);
    }

    private LocalRow row(String type, UUID id) {
        return sync.row(type, id).orElse(null);
    }

    private void patchPhone(UUID txId, UUID personId, String phone) {
        store.write(tx -> {
            Person p = tx.cases().find(Person.class, personId).orElseThrow();
            Map<String, Object> before = p.syncFields();
            p.setPhone(phone);
            recorder.recordPatch(tx, txId, p, before);
            return null;
        });
    }

    /** Every index and trigger of the store: name and SQL. */
    private Map<String, String> indexes() {
        return store.read(tx -> tx.jdbc(c -> {
            Map<String, String> out = new java.util.TreeMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type IN ('index', 'trigger')")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        }));
    }

    @Test
    void aFirstPullIntoAnEmptyStoreMakesItsIndexesAtItsEndAndThenTheStoreHasEveryIndexItHadBefore() {
        Map<String, String> before = indexes();
        sync.pullStarting();
        assertThat(sync.indexesDeferred()).isTrue();
        Map<String, String> during = indexes();
        assertThat(during.keySet()).as("the non-unique indexes of synced tables are dropped")
                .doesNotContain("intervention_report", "household_member_household", "person_report",
                        "report_intervention_insert", "report_intervention_update", "report_intervention_delete")
                .contains("person_fts_insert", "report_intervention_added_insert");
        assertThat(during.size()).as("some stay").isPositive().isLessThan(before.size() - 40);
        assertThat(during).as("unique indexes and those of local tables stay")
                .allSatisfy((name, sql) -> assertThat(before).containsEntry(name, sql));
        assertThat(during.keySet().stream().filter(n -> n.startsWith("sqlite_autoindex"))).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(before.keySet().stream().filter(n -> n.startsWith("sqlite_autoindex")).toList());

        // A household, its person and its member, the member and the person first (as a server may send them).
        UUID h = UUID.randomUUID();
        UUID p = UUID.randomUUID();
        UUID m = UUID.randomUUID();
        UUID cf = UUID.randomUUID();
        List<RecordState> records = new java.util.ArrayList<>(List.of(member(m, h, p), person(p, 1, Map.of()),
                household(h, 1)));
        // Interventions, which the report summaries count (their triggers are made at the end too, and the summaries
        // counted then), the case file after them.
        for (int i = 0; i < 5; i++) {
            records.add(record("intervention", UUID.randomUUID(), 1, Map.of("case_file_id", cf.toString(), "kind",
                    i % 2 == 0 ? "OFFICE_INTERVIEW" : "HOME_VISIT", "occurred_at", 1_735_700_000_000L + i * 2_600_000_000L,
                    "author_id", "laia", "notes", "Entrevista amb la Núria", "created_at", 1L), null));
        }
        records.add(record("case_file", cf, 1, Map.of("number", "EXP-2025-000001", "household_id", h.toString(),
                "team_id", "GIR-N", "status", "OPEN", "opened_on", "2025-01-01", "created_at", 1L), null));
        sync.applyPulled(SCOPE, records, "1.1");
        sync.pullEnded();

        assertThat(sync.indexesDeferred()).isFalse();
        assertThat(indexes()).as("every index back, as it was").isEqualTo(before);
        assertThat(row("household_member", m)).isNotNull();
        store.read(tx -> tx.jdbc(c -> {
            cat.teixit.persistence.reports.ReportSummariesTest.assertSummariesMatch(c);
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT sum(n) FROM report_intervention_month")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the five interventions counted").isEqualTo(5);
            }
            return null;
        }));
        String integrity = store.read(tx -> tx.jdbc(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        }));
        assertThat(integrity).isEqualTo("ok");
    }

    @Test
    void aPullIntoAStoreThatHoldsRecordsKeepsItsIndexes() {
        sync.applyPulled(SCOPE, List.of(household(UUID.randomUUID(), 1)), "1.1");
        Map<String, String> before = indexes();
        sync.pullStarting();
        assertThat(sync.indexesDeferred()).isFalse();
        assertThat(indexes()).isEqualTo(before);
        sync.pullEnded();
        assertThat(indexes()).isEqualTo(before);
    }

    @Test
    void indexesAFirstPullLeftDeferredWhenItWasKilledAreMadeWhenTheWorkstationOpensAgain() throws Exception {
        Map<String, String> before = indexes();
        sync.firstPullRecordsPerCommit(1);
        sync.pullStarting();
        sync.applyPulled(SCOPE, List.of(household(UUID.randomUUID(), 1)), "1.1");
        // Killed here, after a commit: the store closes without the pull's end (a kill with the pull's transaction
        // open is SyncKillNineTest's).
        store.close();
        store = LocalStore.open(dir, TestKeys.KEY);
        sync = new DesktopSyncStore(store, new BlobStore(dir, TestKeys.KEY), clock, Clock.systemUTC());
        assertThat(sync.indexesDeferred()).isTrue();
        sync.restoreDeferredIndexes();
        assertThat(sync.indexesDeferred()).isFalse();
        assertThat(indexes()).isEqualTo(before);
    }

    @Test
    void aFirstPullCommitsItsPageSetsTogetherAndWhatItAppliedIsSavedWhenItEnds() {
        sync.firstPullRecordsPerCommit(3);
        sync.pullStarting();
        UUID a1 = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(household(a1, 1), household(UUID.randomUUID(), 1)), "1.2");
        assertThat(row("household", a1)).as("not committed yet: two records of three").isNull();
        assertThat(sync.cursor(SCOPE)).isNull();

        sync.applyPulled(SCOPE, List.of(household(UUID.randomUUID(), 1), household(UUID.randomUUID(), 1)), "1.4");
        assertThat(row("household", a1)).as("four records: committed").isNotNull();
        assertThat(sync.cursor(SCOPE)).isEqualTo("1.4");

        UUID last = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(household(last, 1)), "1.5");
        assertThat(row("household", last)).isNull();
        sync.pullEnded();
        assertThat(row("household", last)).as("the pull's end commits the rest").isNotNull();
        assertThat(sync.cursor(SCOPE)).isEqualTo("1.5");
        assertThat(sync.indexesDeferred()).isFalse();

        // A later pull (the store holds records) commits each set by itself.
        sync.pullStarting();
        UUID next = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(household(next, 1)), "1.6");
        assertThat(row("household", next)).isNotNull();
        sync.pullEnded();
    }

    @Test
    void aFirstPullSetThatFailsTakesTheUncommittedSetsWithItAndFreesTheWriter() {
        int[] reached = {0};
        sync = new DesktopSyncStore(store, new BlobStore(dir, TestKeys.KEY), clock, Clock.systemUTC(), label -> {
            if (label.equals("syncstore.pull.afterRecords") && ++reached[0] == 2) {
                throw new IllegalStateException("disk full");
            }
        });
        sync.pullStarting();
        UUID first = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(household(first, 1)), "1.1");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> sync.applyPulled(SCOPE, List.of(household(UUID.randomUUID(), 1)), "1.2"))
                .hasMessageContaining("disk full");
        sync.pullEnded();

        assertThat(row("household", first)).as("rolled back with the failed set; pulled again next time").isNull();
        assertThat(sync.cursor(SCOPE)).isNull();
        assertThat(sync.indexesDeferred()).isFalse();
        UUID later = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(household(later, 1)), "1.1");
        assertThat(row("household", later)).as("the writer is free again").isNotNull();
    }

    @Test
    void aPulledRowTakesTheServerStateNeverGoesBackAndBumpsItsRowVersionOnlyWhenItsDataChanges() {
        UUID id = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(person(id, 2, Map.of("phone", "600"))), "1.1");
        LocalRow first = row("person", id);
        assertThat(first.serverVersion()).isEqualTo(2);
        assertThat(first.field("phone").asText()).isEqualTo("600");

        sync.applyPulled(SCOPE, List.of(person(id, 1, Map.of("phone", "999"))), "1.2");
        assertThat(row("person", id).field("phone").asText()).isEqualTo("600");
        assertThat(row("person", id).rowVersion()).isEqualTo(first.rowVersion());

        sync.applyPulled(SCOPE, List.of(person(id, 3, Map.of("phone", "600"))), "1.3");
        assertThat(row("person", id).serverVersion()).isEqualTo(3);
        assertThat(row("person", id).rowVersion()).as("same data, new version only").isEqualTo(first.rowVersion());

        sync.applyPulled(SCOPE, List.of(person(id, 4, Map.of("phone", "611"))), "1.4");
        assertThat(row("person", id).field("phone").asText()).isEqualTo("611");
        assertThat(row("person", id).rowVersion()).isEqualTo(first.rowVersion() + 1);
        assertThat(sync.cursor(SCOPE)).isEqualTo("1.4");
    }

    @Test
    void aRowWithPendingChangesKeepsTheirFieldsAndTakesTheOthersAndTheVersion() {
        UUID id = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(person(id, 1, Map.of("phone", "600", "email", "a@b.cat"))), "1.1");
        patchPhone(UUID.randomUUID(), id, "622");

        sync.applyPulled(SCOPE, List.of(person(id, 2, Map.of("phone", "633", "email", "c@d.cat"))), "1.2");
        LocalRow r = row("person", id);
        assertThat(r.field("phone").asText()).isEqualTo("622");
        assertThat(r.field("email").asText()).isEqualTo("c@d.cat");
        assertThat(r.serverVersion()).isEqualTo(2);
        PushOp op = sync.pendingOps(10).getFirst();
        assertThat(op.baseVersion()).as("pending ops keep their base").isEqualTo(1);
        assertThat(op.fields().toString()).contains("622");
    }

    @Test
    void recordsArriveInAnyOrderAndOnesWithoutTheirParentWaitUntilItComes() {
        UUID person = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(member(member, household, person), person(person, 1, Map.of()),
                household(household, 1)), "1.1");
        assertThat(row("household_member", member)).isNotNull();

        UUID later = UUID.randomUUID();
        UUID otherMember = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(member(otherMember, later, person)), "1.2");
        assertThat(row("household_member", otherMember)).as("parked until its household arrives").isNull();
        assertThat(sync.cursor(SCOPE)).isEqualTo("1.2");

        sync.applyPulled(SCOPE, List.of(household(later, 1)), "1.3");
        assertThat(row("household_member", otherMember)).isNotNull();
    }

    @Test
    void aRecordTheSchemaRefusesIsParkedWithItsChildrenAndTheRestOfTheSetIsStored() {
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(person(bad, 1, Map.of("id_doc_type", "NOT_A_TYPE")), person(good, 1, Map.of()),
                household(household, 1), member(member, household, bad)), "1.1");
        assertThat(row("person", bad)).isNull();
        assertThat(row("household_member", member)).isNull();
        assertThat(row("person", good)).isNotNull();
        assertThat(row("household", household)).isNotNull();
        assertThat(sync.cursor(SCOPE)).isEqualTo("1.1");
    }

    @Test
    void unknownEntityTypesAndFieldsAreIgnoredAndTheLoginCacheIsNeverOverwritten() {
        UUID id = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(record("gizmo", UUID.randomUUID(), 1, Map.of("x", 1), null),
                record("app_user", UUID.randomUUID(), 1, Map.of("username", "mallory"), null),
                person(id, 1, Map.of("shoe_size", 42))), "1.1");
        assertThat(row("person", id)).isNotNull();
        long users = store.read(tx -> tx.users().count());
        assertThat(users).isZero();
    }

    @Test
    void pendingOpsAreWholeUserTransactionsInOpIdOrder() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        store.write(tx -> {
            for (int i = 0; i < 3; i++) {
                recorder.recordRow(tx, a, "person", UUID.randomUUID(), SCOPE, null, ChangeKind.INSERT,
                        Map.of("given_name", "n" + i), null);
            }
            return null;
        });
        store.write(tx -> {
            for (int i = 0; i < 2; i++) {
                recorder.recordRow(tx, b, "person", UUID.randomUUID(), SCOPE, null, ChangeKind.INSERT,
                        Map.of("given_name", "m" + i), null);
            }
            return null;
        });
        assertThat(sync.pendingOps(4)).extracting(PushOp::txId).containsOnly(a).hasSize(3);
        assertThat(sync.pendingOps(2)).as("the first transaction whole").hasSize(3);
        List<PushOp> all = sync.pendingOps(10);
        assertThat(all).extracting(PushOp::opId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(sync.pendingOps(3, 10)).as("read while ops 1-3 are on their way").extracting(PushOp::opId)
                .containsExactly(4L, 5L);
        assertThat(sync.pendingOps(5, 10)).isEmpty();
    }

    @Test
    void pushAnswersLeaveTheOutboxAndKeepRefusalsAndConflictsForTheUser() {
        UUID id = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(person(id, 1, Map.of("phone", "600", "email", "a@b.cat"))), "1.1");
        UUID tx1 = UUID.randomUUID();
        patchPhone(tx1, id, "622");
        UUID tx2 = UUID.randomUUID();
        store.write(tx -> {
            Person p = tx.cases().find(Person.class, id).orElseThrow();
            Map<String, Object> before = p.syncFields();
            p.setEmail("mine@b.cat");
            recorder.recordPatch(tx, tx2, p, before);
            return null;
        });
        List<PushOp> ops = sync.pendingOps(10);
        long rowVersion = row("person", id).rowVersion();

        ObjectNode serverFields = JSON.valueToTree(Map.of("given_name", "Núria", "id_doc_type", "NONE", "created_at", 1,
                "phone", "699", "email", "theirs@b.cat"));
        RecordState server = new RecordState("person", id, SCOPE, 3, serverFields, null,
                "0192f3a1b2c3d-0000-other", "jordi", 1_700_000_000_000L);
        Conflict conflict = new Conflict(ConflictKind.FIELDS, List.of(new FieldConflict("phone", TextNode.valueOf("622"),
                TextNode.valueOf("699"), 3, "jordi", 1_700_000_000_000L, "0192f3a1b2c3d-0000-other")), server);
        List<PushOutcome> answers = List.of(new PushOutcome(ops.get(0), OpResult.conflict(ops.get(0).opId(), 3, conflict)));
        sync.recordPushResults(answers);
        sync.recordPushResults(answers);

        LocalRow r = row("person", id);
        assertThat(r.field("phone").asText()).as("theirs until the user resolves").isEqualTo("699");
        assertThat(r.field("email").asText()).as("another pending op's field stays").isEqualTo("mine@b.cat");
        assertThat(r.serverVersion()).isEqualTo(3);
        assertThat(r.rowVersion()).isGreaterThan(rowVersion);
        List<StoredConflict> open = sync.conflicts(StoredConflict.Status.OPEN, 10);
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().mineJson()).contains("622");
        assertThat(open.getFirst().baseJson()).contains("600");
        assertThat(open.getFirst().theirsBy()).isEqualTo("jordi");

        sync.recordPushResults(List.of(new PushOutcome(ops.get(1), OpResult.rejected(ops.get(1).opId(), "forbidden_scope"))));
        assertThat(sync.pendingOps(10)).isEmpty();
        assertThat(sync.rejections(10)).singleElement().satisfies(x -> assertThat(x.reason()).isEqualTo("forbidden_scope"));
        assertThat(sync.counts().openConflicts()).isEqualTo(1);
        assertThat(sync.counts().rejections()).isEqualTo(1);
    }

    @Test
    void onlyScopesWithDataFromTheServerAreKnownAndAPurgeKeepsAndReportsPendingChanges() {
        UUID local = UUID.randomUUID();
        store.write(tx -> {
            recorder.recordRow(tx, UUID.randomUUID(), "person", local, SCOPE, null, ChangeKind.INSERT,
                    Map.of("given_name", "x"), null);
            return null;
        });
        assertThat(sync.knownScopes()).isEmpty();
        UUID pulled = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        sync.applyPulled(SCOPE, List.of(person(pulled, 1, Map.of()), household(household, 1),
                member(UUID.randomUUID(), household, pulled)), "1.1");
        patchPhone(UUID.randomUUID(), pulled, "600");
        assertThat(sync.knownScopes()).containsExactly(SCOPE);

        PurgeReport report = sync.purgeScope(SCOPE);
        assertThat(report.recordsPurged()).isEqualTo(3);
        assertThat(report.pendingOps()).extracting(PushOp::kind).containsExactly(ChangeKind.INSERT, ChangeKind.PATCH);
        assertThat(sync.knownScopes()).isEmpty();
        assertThat(row("person", pulled)).isNull();
        assertThat(sync.pendingOps(10)).as("still to be pushed, refused and shown").hasSize(2);
        assertThat(sync.purges(10)).singleElement().satisfies(p -> assertThat(p.pendingOpsJson()).contains("PATCH"));
    }

    @Test
    void theClockMovesPastWhatIsPulledAndStaysThereAfterARestart() throws Exception {
        long future = System.currentTimeMillis() + 120_000; // within HybridClock.MAX_OBSERVED_DRIFT_MILLIS
        RecordState r = new RecordState("household", UUID.randomUUID(), SCOPE, 1,
                JSON.valueToTree(Map.of("name", "x", "created_at", 1)), null, String.format("%013x-0005-other", future),
                "jordi", 1L);
        sync.applyPulled(SCOPE, List.of(r), "1.1");
        assertThat(clock.tick().wallMillis()).isGreaterThanOrEqualTo(future);
        store.close();
        store = LocalStore.open(dir, TestKeys.KEY);
        assertThat(DeviceIdentity.clockFor(store, Clock.systemUTC()).lastWall()).isGreaterThanOrEqualTo(future);
    }
}
