package cat.teixit.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.persistence.RemoteWipe;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote wipe (docs/decisions/0024): when the real central server has revoked a workstation's device, its next
 * contact (a sync or a login) erases its local data directory but the settings, lock and logs; the next start
 * says so once, and the workstation starts afresh as a new device.
 */
class RemoteWipeTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private static List<String> entries(Path dataDir) throws Exception {
        try (Stream<Path> s = Files.list(dataDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSyncOfARevokedDeviceErasesItsDataAndTheNextStartSaysSo() throws Exception {
        Path data = dir.resolve("a");
        String revokedId;
        PersonService.Created person;
        try (Station a = Station.open(data, server.url())) {
            a.login("laia");
            person = a.newPerson("Roser", "Camps");
            a.syncOk();
            PersonService.Created unsent = a.newPerson("Pere", "Vidal");
            assertThat(unsent).isNotNull();
            revokedId = a.w.hybridClock().deviceId();
            assertThat(Files.exists(data.resolve("teixit.db"))).isTrue();

            server.revokeDevice(revokedId);
            assertThat(a.sync().outcome()).isEqualTo(SyncService.Outcome.LOGIN_REFUSED);
            assertThat(a.w.remoteWipe().get(60, TimeUnit.SECONDS)).as("erased").isTrue();
        }
        assertThat(entries(data)).as("what is left").isSubsetOf(RemoteWipe.MARKER, "settings.properties",
                "teixit.lock", "logs").contains(RemoteWipe.MARKER);
        assertThat(Workstation.remoteWipeNotice(data)).hasValueSatisfying(at ->
                assertThat(at).isAfter(Instant.now().minusSeconds(120)));

        try (Station again = Station.open(data, server.url())) {
            assertThat(again.w.hybridClock().deviceId()).as("a new device").isNotEqualTo(revokedId);
            assertThat(Workstation.remoteWipeNotice(data)).as("told at the next start").isPresent();
            again.login("laia");
            again.syncOk();
            assertThat(again.person(person.personId()).getGivenName()).as("synced data comes back from the server")
                    .isEqualTo("Roser");
            Workstation.remoteWipeAcknowledged(data);
            assertThat(Workstation.remoteWipeNotice(data)).as("told once").isEmpty();
        }
        assertThat(Files.exists(data.resolve("teixit.db"))).as("the new store is kept").isTrue();
    }

    @Test
    void aLoginOnARevokedDeviceErasesItsData() throws Exception {
        Path data = dir.resolve("b");
        try (Station b = Station.open(data, server.url())) {
            b.login("jordi");
            b.syncOk();
            server.revokeDevice(b.w.hybridClock().deviceId());
        }
        try (Station b = Station.open(data, server.url())) {
            assertThat(b.tryLogin("jordi", CentralServer.PASSWORD)).isInstanceOf(LoginResult.Refused.class);
            assertThat(b.w.remoteWipe().get(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(data.resolve("teixit.db"))).isFalse();
        assertThat(Workstation.remoteWipeNotice(data)).isPresent();
    }

    @Test
    void aWipeCutShortIsFinishedAtTheNextStartBeforeTheStoreOpens() throws Exception {
        Path data = dir.resolve("c");
        String first;
        try (Station c = Station.open(data, server.url())) {
            c.login("montse");
            c.newPerson("Joana", "Ribes");
            first = c.w.hybridClock().deviceId();
        }
        // The process was killed after the decision was written and before anything was erased.
        RemoteWipe.mark(data, Instant.now());
        assertThat(RemoteWipe.pending(data)).isTrue();
        try (Station c = Station.open(data, server.url())) {
            assertThat(c.w.hybridClock().deviceId()).isNotEqualTo(first);
            assertThat(RemoteWipe.pending(data)).isFalse();
            assertThat(Workstation.remoteWipeNotice(data)).isPresent();
        }
    }
}
