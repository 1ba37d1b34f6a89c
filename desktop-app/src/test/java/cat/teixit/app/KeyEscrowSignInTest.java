package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.StoreOpenException;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forgotten password reset by the administrator on the central server (decision 0046): the laptop's data, locked
 * under the old password, opens with the new one at the next sign-in, through the secret the server kept for that
 * user and laptop since a sync; the case files made before are there, and the old password opens nothing any more.
 * The window's sign-in (SignInGate) on a real data directory, against the real central server.
 */
class KeyEscrowSignInTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    private static final String NEW_PASSWORD = "Nova-clau-d'Ester-2026";

    @TempDir
    Path dir;

    private SignInGate gate() throws StoreOpenException {
        return SignInGate.forDataDir(dir, InstanceLock.acquire(dir), false);
    }

    private static CurrentUser signIn(SignInGate gate, String user, String password) {
        LoginResult r = gate.login(user, password.toCharArray());
        assertThat(r).as("sign-in of " + user).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) r).user();
    }

    private record Signed(SignInGate gate, CurrentUser user, Workstation w) {
        void syncs() throws Exception {
            assertThat(w.sync().syncNow(user).get(60, TimeUnit.SECONDS).outcome()).isEqualTo(SyncService.Outcome.OK);
        }
    }

    /** A new colleague of GIR-N on the central server, signed in on this laptop (set to sync with it) the first time. */
    private Signed newColleagueSignsIn(String username, String displayName) throws Exception {
        server.addUser(username, displayName, "GIR-N", List.of("SOCIAL_WORKER"));
        Files.writeString(dir.resolve("settings.properties"), SyncSettings.SERVER_URL + "=" + server.url() + "\n"
                + SyncSettings.ALLOW_PLAIN_HTTP + "=true\n" + SyncSettings.INTERVAL_MINUTES + "=0\n");
        SignInGate gate = gate();
        CurrentUser user = signIn(gate, username, CentralServer.PASSWORD);
        return new Signed(gate, user, gate.opened().join());
    }

    private long keptOnServer(String username) {
        return server.number("SELECT count(*) FROM key_escrow k JOIN app_user u ON u.id = k.user_id "
                + "WHERE u.username = ?", username);
    }

    @Test
    void aPasswordResetOnTheServerOpensTheLaptopsDataAtTheNextSignIn() throws Exception {
        Signed first = newColleagueSignsIn("ester", "Ester Pagès");
        Workstation w = first.w();
        var created = w.people().createWithNewHousehold(first.user(), PersonForm.basic("Núria", "Pagès", "Muñoz",
                IdDocumentType.DNI, "12345678Z", LocalDate.of(1984, 3, 9), Sex.F), null);
        KeyRing ring = new KeyRing(dir, new PasswordHasher());
        assertThat(ring.escrowDevice("ester")).as("nothing kept before a sync").isEmpty();
        first.syncs();
        assertThat(ring.escrowDevice("ester")).as("kept after a sync").contains(w.syncStore().deviceId());
        assertThat(keptOnServer("ester")).isEqualTo(1);
        first.syncs();
        assertThat(keptOnServer("ester")).as("once").isEqualTo(1);
        first.gate().close();

        // She forgot it: the administrator gives her a new one on the server.
        server.setPassword("ester", NEW_PASSWORD);
        SignInGate next = gate();
        CurrentUser again = signIn(next, "ester", NEW_PASSWORD);
        Workstation reopened = next.opened().join();
        assertThat(reopened.search().search(again, "nuria pages", 10, Language.CATALAN))
                .extracting(h -> h.personId()).contains(created.personId());
        next.close();

        assertThat(ring.unwrap("ester", NEW_PASSWORD.toCharArray())).as("the new password opens the data").isPresent();
        assertThat(ring.unwrap("ester", CentralServer.PASSWORD.toCharArray())).as("the old one no longer does")
                .isEmpty();
    }

    @Test
    void aPasswordTheServerRefusesOpensNothingAndWithoutTheServerTheScreenSaysWhy() throws Exception {
        Signed first = newColleagueSignsIn("quim", "Quim Soler");
        first.syncs();
        first.gate().close();

        SignInGate wrong = gate();
        assertThat(wrong.login("quim", "no-es-la-seva-2026".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(wrong.opened()).as("nothing opened").isNotDone();
        wrong.close();
        assertThat(server.number("SELECT count(*) FROM audit WHERE endpoint = '/escrow/release' AND status = 401"))
                .as("the server was asked, and refused").isPositive();

        // Without a server set, a wrong password is refused here, as ever.
        Files.writeString(dir.resolve("settings.properties"), SyncSettings.INTERVAL_MINUTES + "=0\n");
        long asked = server.number("SELECT count(*) FROM audit WHERE endpoint = '/escrow/release'");
        SignInGate local = gate();
        assertThat(local.login("quim", "no-es-la-seva-2026".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        local.close();
        assertThat(server.number("SELECT count(*) FROM audit WHERE endpoint = '/escrow/release'")).isEqualTo(asked);

        // A server set but out of reach: the login screen says a new password needs the connection once.
        Files.writeString(dir.resolve("settings.properties"), SyncSettings.SERVER_URL + "=http://127.0.0.1:9\n"
                + SyncSettings.ALLOW_PLAIN_HTTP + "=true\n" + SyncSettings.INTERVAL_MINUTES + "=0\n");
        SignInGate offline = gate();
        assertThat(offline.login("quim", "potser-la-nova-2026".toCharArray())).isEqualTo(
                new LoginResult.Refused(LoginResult.Reason.PASSWORD_NOT_HERE_OFFLINE));
        assertThat(offline.opened()).isNotDone();
        offline.close();
    }

    @Test
    void theCommandLineOpensTheDataWithTheNewPasswordToo() throws Exception {
        Signed first = newColleagueSignsIn("pere", "Pere Vila");
        first.syncs();
        first.gate().close();
        server.setPassword("pere", NEW_PASSWORD);
        try (Station cli = Station.openAs(dir, server.url(), "pere", NEW_PASSWORD)) {
            assertThat(cli.tryLogin("pere", NEW_PASSWORD)).isInstanceOf(LoginResult.Success.class);
        }
    }
}
