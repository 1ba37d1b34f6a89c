package cat.teixit.logic.change;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.change.HybridClock;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.model.user.Team;
import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.protocol.ChangeKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeRecorderTest {

    @TempDir
    Path dir;

    @Test
    void aChangeAndItsOutboxEntryAreSavedTogetherOrNotAtAll() throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
            ChangeRecorder recorder = new ChangeRecorder(clock, Clock.systemUTC());
            UUID txId = recorder.newTransactionId();
            Team team = new Team(Ids.newId(), "T1", "Equip Núria Pagès", "ABSS Girona");
            store.write(tx -> {
                recorder.record(tx, txId, "team", team, ChangeKind.INSERT, Map.of("code", "T1", "name", "Equip Núria Pagès"));
                tx.teams().save(team);
                return null;
            });
            List<OutboxEntry> pending = store.read(tx -> tx.outbox().oldest(10));
            assertThat(pending).hasSize(1);
            OutboxEntry e = pending.getFirst();
            assertThat(e.getEntityId()).isEqualTo(team.getId());
            assertThat(e.getKind()).isEqualTo(ChangeKind.INSERT);
            assertThat(e.getPayload()).contains("Equip Núria Pagès");
            assertThat(e.getDeviceId()).isEqualTo(clock.deviceId());

            assertThatThrownBy(() -> store.write(tx -> {
                Team other = new Team(Ids.newId(), "T2", "Un altre", "ABSS");
                recorder.record(tx, recorder.newTransactionId(), "team", other, ChangeKind.INSERT, Map.of("code", "T2"));
                tx.teams().save(other);
                throw new IllegalStateException("crash before commit");
            })).hasMessage("crash before commit");
            long count = store.read(tx -> tx.outbox().countPending());
            assertThat(count).isEqualTo(1);
            boolean saved = store.read(tx -> tx.teams().findByCode("T2").isPresent());
            assertThat(saved).isFalse();
        }
    }

    @Test
    void opIdsKeepGrowingAndTheClockSurvivesARestart() throws Exception {
        long firstOp;
        String firstHlc;
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
            ChangeRecorder recorder = new ChangeRecorder(clock, Clock.systemUTC());
            Team team = new Team(Ids.newId(), "T1", "Equip", "ABSS");
            store.write(tx -> {
                recorder.record(tx, recorder.newTransactionId(), "team", team, ChangeKind.INSERT, Map.of());
                tx.teams().save(team);
                return null;
            });
            OutboxEntry e = store.read(tx -> tx.outbox().oldest(1)).getFirst();
            firstOp = e.getOpId();
            firstHlc = e.getHlc();
        }
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            // A wall clock far in the past must not make the HLC go backwards.
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
            ChangeRecorder recorder = new ChangeRecorder(clock, Clock.systemUTC());
            Team team = new Team(Ids.newId(), "T3", "Equip 3", "ABSS");
            store.write(tx -> {
                recorder.record(tx, recorder.newTransactionId(), "team", team, ChangeKind.INSERT, Map.of());
                tx.teams().save(team);
                return null;
            });
            List<OutboxEntry> all = store.read(tx -> tx.outbox().oldest(10));
            assertThat(all.get(1).getOpId()).isGreaterThan(firstOp);
            assertThat(all.get(1).getHlc()).isGreaterThan(firstHlc);
        }
    }
}
