package cat.teixit.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.RemoteAuthenticator;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.http.Sleeper;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.FlakyFront;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workstation's syncs keep the retry budget of docs/sync-protocol.md §2, through a front of the real
 * central server that fails requests on purpose (503, or a connection cut): a request that fails five times
 * still ends in a finished sync, one that fails six times ends the sync as "server unreachable" and loses
 * nothing; a cancelled sync does not sit out a wait the server asked for.
 */
class SyncRetryBudgetTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    /**
     * The sync service the workstation builds, for the user logged in on {@code station}, waiting between tries
     * with {@code sleeper} (null: real waits, as in the product).
     */
    private static SyncService service(Station station, FlakyFront front, Sleeper sleeper) {
        SyncService sync = new SyncService(SyncSettings.of(front.url().toString(), true, 0), station.w.syncStore(),
                station.w.access(), station.w.clock(), CrashPoints.NONE, SyncService.Transports.http(sleeper));
        sync.loggedIn(station.user, "laia", CentralServer.PASSWORD.toCharArray());
        return sync;
    }

    @ParameterizedTest
    @EnumSource(FlakyFront.Fault.class)
    void aRequestThatFailsFiveTimesStillEndsInAFinishedSync(FlakyFront.Fault fault) throws Exception {
        try (FlakyFront front = new FlakyFront(server.url()); Station station = Station.open(dir, front.url())) {
            station.login("laia");
            station.newPerson("Aina", "Vidal");
            try (SyncService sync = service(station, front, waits::add)) {
                front.failNext(5, fault, null);
                SyncService.Result r = sync.syncNow(station.user).get(60, TimeUnit.SECONDS);
                assertThat(r.outcome()).isEqualTo(SyncService.Outcome.OK);
                assertThat(r.pushed()).isPositive();
                assertThat(front.failedRequests()).isEqualTo(5);
                assertThat(sync.status().pendingChanges()).isZero();
            }
        }
        long[] longest = {250, 500, 1_000, 2_000, 4_000};
        assertThat(waits).hasSize(5);
        for (int i = 0; i < longest.length; i++) {
            assertThat(waits.get(i).toMillis()).as("wait %d", i + 1).isBetween(longest[i] / 2, longest[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(FlakyFront.Fault.class)
    void aRequestThatFailsSixTimesEndsTheSyncAsServerUnreachableAndLosesNothing(FlakyFront.Fault fault)
            throws Exception {
        try (FlakyFront front = new FlakyFront(server.url()); Station station = Station.open(dir, front.url())) {
            station.login("laia");
            station.newPerson("Aina", "Vidal");
            try (SyncService sync = service(station, front, waits::add)) {
                long pending = sync.status().pendingChanges();
                front.failNext(6, fault, null);
                SyncService.Result r = sync.syncNow(station.user).get(60, TimeUnit.SECONDS);
                assertThat(r.outcome()).isEqualTo(SyncService.Outcome.OFFLINE);
                assertThat(sync.status().connection()).isEqualTo(SyncService.Connection.OFFLINE);
                assertThat(front.failedRequests()).as("six tries, no seventh").isEqualTo(6);
                assertThat(waits).hasSize(5);
                assertThat(sync.status().pendingChanges()).isEqualTo(pending);

                assertThat(sync.syncNow(station.user).get(60, TimeUnit.SECONDS).outcome())
                        .as("the next sync continues").isEqualTo(SyncService.Outcome.OK);
                assertThat(sync.status().pendingChanges()).isZero();
            }
        }
    }

    @Test
    void aCancelledSyncDoesNotSitOutTheWaitTheServerAskedFor() throws Exception {
        try (FlakyFront front = new FlakyFront(server.url()); Station station = Station.open(dir, front.url())) {
            station.login("laia");
            try (SyncService sync = service(station, front, null)) {
                front.failNext(Integer.MAX_VALUE, FlakyFront.Fault.UNAVAILABLE, "20");
                CompletableFuture<SyncService.Result> running = sync.syncNow(station.user);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (front.failedRequests() < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(200);
                assertThat(running).as("waiting the 20 s the server asked for").isNotDone();
                long cancelledAt = System.nanoTime();
                sync.cancel();
                assertThat(running.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(SyncService.Outcome.CANCELLED);
                assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(1));
                assertThat(front.failedRequests()).as("no try after the cancel").isEqualTo(1);
            }
        }
    }

    @Test
    void aPersonAtTheLoginScreenWaitsTwoTriesNotTheSyncsBudgetAndTheSessionThenSyncsPatiently() throws Exception {
        try (FlakyFront front = new FlakyFront(server.url()); Station station = Station.open(dir, front.url())) {
            station.login("laia");
            try (SyncService sync = new SyncService(SyncSettings.of(front.url().toString(), true, 0),
                    station.w.syncStore(), station.w.access(), station.w.clock(), CrashPoints.NONE, SyncService.Transports.http(waits::add))) {
                front.failNext(2, FlakyFront.Fault.CUT, null);
                assertThat(sync.authenticate("laia", CentralServer.PASSWORD.toCharArray()))
                        .as("offline after two tries: the login goes on against the cache")
                        .isInstanceOf(RemoteAuthenticator.Answer.Unreachable.class);
                assertThat(front.failedRequests()).isEqualTo(2);
                assertThat(waits).singleElement().satisfies(w -> assertThat(w.toMillis()).isBetween(125L, 250L));

                waits.clear();
                front.failNext(1, FlakyFront.Fault.CUT, null);
                assertThat(sync.authenticate("laia", CentralServer.PASSWORD.toCharArray()))
                        .isInstanceOf(RemoteAuthenticator.Answer.Verified.class);
                sync.loggedIn(station.user, "laia", CentralServer.PASSWORD.toCharArray());
                front.failNext(5, FlakyFront.Fault.UNAVAILABLE, null);
                assertThat(sync.syncNow(station.user).get(60, TimeUnit.SECONDS).outcome())
                        .as("the session keeps the sync's six tries").isEqualTo(SyncService.Outcome.OK);
            }
        }
    }
}
