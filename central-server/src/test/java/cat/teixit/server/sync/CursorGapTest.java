package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.testing.TestServer;
import cat.teixit.server.testing.TestServer.Replica;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.RecordState;
import cat.teixit.sync.protocol.Responses;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long PostgreSQL transactions that take a change sequence number early and commit late, in random
 * order, while clients pull: the safe watermark serves every change; a naive {@code seq > cursor}
 * (kept only to prove this test can fail) skips some.
 */
class CursorGapTest {

    private static TestServer server;
    private static long laiaId;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        try (Connection c = server.db().connection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM app_user WHERE username = 'laia'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            laiaId = rs.getLong(1);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A writer transaction held open, as a slow push would be. */
    private static final class LongTx implements AutoCloseable {
        final Connection c;
        final List<UUID> ids = new ArrayList<>();

        LongTx() throws Exception {
            c = server.db().connection();
            c.setAutoCommit(false);
        }

        void write(String scope) throws Exception {
            UUID id = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO record (id, entity_type, scope, version, fields, field_changes, hlc, created_by, updated_by,
                        updated_at) VALUES (?, 'note', ?, 1, '{"text":"x"}', '{}', '0000000000001-0000-long', ?, ?, now())""")) {
                ps.setObject(1, id);
                ps.setString(2, scope);
                ps.setLong(3, laiaId);
                ps.setLong(4, laiaId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO change (scope, xid, record_id, version) VALUES (?, pg_current_xact_id()::text::bigint, ?, 1)""")) {
                ps.setString(1, scope);
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            ids.add(id);
        }

        void commit() throws Exception {
            c.commit();
        }

        @Override
        public void close() throws Exception {
            c.rollback();
            c.setAutoCommit(true);
            c.close();
        }
    }

    /**
     * Interleaves long transactions, quick writes and pulls by {@code seed}; returns the ids written and
     * lets {@code pull} collect what a client receives.
     */
    private static Set<UUID> scenario(long seed, String scope, Supplier<List<UUID>> pull, Set<UUID> received)
            throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Set<UUID> written = new HashSet<>();
        List<LongTx> open = new ArrayList<>();
        try {
            for (int step = 0; step < 40; step++) {
                int action = random.nextInt(4);
                if (action == 0 && open.size() < 4) {
                    LongTx t = new LongTx();
                    t.write(scope);
                    open.add(t);
                } else if (action == 1 && !open.isEmpty()) {
                    LongTx t = open.remove(random.nextInt(open.size()));
                    t.write(scope);
                    t.commit();
                    written.addAll(t.ids);
                    t.close();
                } else if (action == 2) {
                    try (LongTx quick = new LongTx()) {
                        quick.write(scope);
                        quick.commit();
                        written.addAll(quick.ids);
                    }
                } else {
                    received.addAll(pull.get());
                }
            }
            for (LongTx t : open) {
                t.commit();
                written.addAll(t.ids);
            }
        } finally {
            for (LongTx t : open) {
                t.close();
            }
        }
        received.addAll(pull.get());
        return written;
    }

    @Test
    void longTransactionsCommittingOutOfOrderNeverMakeAPullSkipAChange(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            String scope = "GAP" + seed;
            server.directory().grantScope("laia", scope, true);
            try (Replica laia = server.replica(dir, "laia", "dev-gap-" + seed)) {
                Set<UUID> received = new HashSet<>();
                Set<UUID> written = scenario(seed, scope, () -> {
                    laia.sync();
                    return new ArrayList<>(laia.store.rows().keySet());
                }, received);
                assertThat(received).as("seed %d", seed).containsAll(written);
            }
        }
    }

    @Test
    void theNaiveSequenceCursorDoesSkipChangesSoTheTestAboveCanFail() throws Exception {
        PullService naive = new PullService(server.db(), Json.strictMapper(), new NaiveWindow());
        int seedsThatSkipped = 0;
        for (long seed = 1; seed <= 6; seed++) {
            String scope = "NAIVE" + seed;
            Principal who = new Principal(laiaId, "laia", "dev-naive", Map.of(scope, true));
            String[] cursor = {null};
            Set<UUID> received = new HashSet<>();
            Set<UUID> written = scenario(seed, scope, () -> {
                List<UUID> got = new ArrayList<>();
                try {
                    boolean more = true;
                    while (more) {
                        Responses.Pull page = naive.pull(who, scope, cursor[0], 3);
                        page.records().stream().map(RecordState::id).forEach(got::add);
                        cursor[0] = page.cursor();
                        more = page.hasMore();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return got;
            }, received);
            if (!received.containsAll(written)) {
                seedsThatSkipped++;
            }
        }
        assertThat(seedsThatSkipped).as("seeds where a naive cursor lost a change").isPositive();
    }
}
