package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code teixit sync}: its exit codes and what it prints, against the real central server. */
class SyncCommandTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /** Runs the command line in this JVM with {@code stdin} as standard input (the password). */
    private static Run run(String stdin, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new RootCommand());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    private static Run sync(Path data, String url, String user, String password) {
        return run(password + "\n", "--data-dir", data.toString(), "sync", "--server", url, "--user", user,
                "--allow-plain-http");
    }

    private static String unreachable() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    /**
     * A stand-in answering every request with one fixed answer. The real server never answers this client
     * so (it is current and the server is correct); what is tested is how the workstation reports it.
     */
    private static HttpServer stub(int status, String body) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        http.start();
        return http;
    }

    private static String url(HttpServer http) {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    @Test
    void withoutAServerOrAPasswordItIsAUsageError() throws Exception {
        Run noServer = run("teixit2026\n", "--data-dir", dir.toString(), "sync", "--user", "laia");
        assertThat(noServer.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noServer.err()).contains("No server");
        assertThat(run("", "--data-dir", dir.toString(), "sync", "--server", server.url().toString(), "--user", "laia",
                "--allow-plain-http").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("teixit2026\n", "--data-dir", dir.toString(), "sync", "--server", server.url().toString(),
                "--user", "laia").err()).as("plain http refused unless allowed").contains("not allowed");
        assertThat(run("teixit2026\n", "--data-dir", dir.toString(), "sync", "--user", "laia", "--server", "ftp://x")
                .code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theHelpDocumentsTheExitCodesAndTheWindowRefusesABadServerAddress() {
        Run help = run("", "sync", "--help");
        assertThat(help.out()).contains("TEIXIT_PASSWORD").contains("Exit codes").contains("10").contains("server unreachable")
                .contains("12").contains("newer Teixit");
        assertThat(run("", "--data-dir", dir.toString(), "--server", "http://127.0.0.1:1").code())
                .as("plain http without --allow-plain-http").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aSyncEndsWellAndCountsTheConflictsLeftToResolve() throws Exception {
        Path a = dir.resolve("a");
        UUID person;
        try (Station b = Station.open(dir.resolve("b"), server.url())) {
            b.login("jordi");
            PersonService.Created created = b.newPerson("Quim", "Sala");
            person = created.personId();
            b.syncOk();
            Run first = sync(a, server.url().toString(), "laia", CentralServer.PASSWORD);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.out()).contains("Conflicts to resolve: 0");
            try (Station offline = Station.openAs(a, server.url(), "laia", CentralServer.PASSWORD)) {
                offline.login("laia");
                offline.edit(person, f -> Station.withPhone(f, "600000001"));
            }
            b.edit(person, f -> Station.withPhone(f, "600000002"));
            b.syncOk();
        }
        Run second = sync(a, server.url().toString(), "laia", CentralServer.PASSWORD);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("1 changes sent").contains("Conflicts to resolve: 1");

        Run offline = sync(a, unreachable(), "laia", CentralServer.PASSWORD);
        assertThat(offline.code()).as("a cached user, no server").isEqualTo(ExitCodes.SERVER_UNREACHABLE);
    }

    @Test
    void aServerThatCannotBeReachedOrRefusesTheLoginHasItsOwnCode() throws Exception {
        assertThat(sync(dir, unreachable(), "laia", CentralServer.PASSWORD).code()).isEqualTo(ExitCodes.SERVER_UNREACHABLE);
        Run refused = sync(dir, server.url().toString(), "laia", "not-her-password");
        assertThat(refused.code()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        assertThat(refused.err()).contains("refused");
    }

    @Test
    void aServerAskingForANewerTeixitOrAnsweringNonsenseHasItsOwnCode() throws Exception {
        Path known = dir.resolve("known");
        assertThat(sync(known, server.url().toString(), "laia", CentralServer.PASSWORD).code()).isZero();
        HttpServer upgrade = stub(426, "{\"error\":\"upgrade_required\",\"message\":\"update\",\"expectedOpId\":null}");
        HttpServer nonsense = stub(200, "{\"accessToken\": 42");
        try {
            assertThat(sync(dir.resolve("new"), url(upgrade), "laia", CentralServer.PASSWORD).code())
                    .as("first login").isEqualTo(ExitCodes.UPGRADE_REQUIRED);
            assertThat(sync(known, url(upgrade), "laia", CentralServer.PASSWORD).code())
                    .as("cached user").isEqualTo(ExitCodes.UPGRADE_REQUIRED);
            Run garbled = sync(known, url(nonsense), "laia", CentralServer.PASSWORD);
            assertThat(garbled.code()).isEqualTo(ExitCodes.PROTOCOL_ERROR);
            assertThat(garbled.err()).contains("nothing of it was applied");
        } finally {
            upgrade.stop(0);
            nonsense.stop(0);
        }
    }

    @Test
    void aDataDirectoryInUseIsRefusedUntouched() throws Exception {
        try (InstanceLock lock = InstanceLock.acquire(dir)) {
            Run r = sync(dir, server.url().toString(), "laia", CentralServer.PASSWORD);
            assertThat(r.code()).isEqualTo(ExitCodes.LOCKED);
            assertThat(r.err()).contains("in use");
        }
    }
}
