package cat.teixit.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.cli.ServerMain;
import cat.teixit.server.testing.EmbeddedHolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The trial server's embedded PostgreSQL: durable on a kept data directory, one owner at a time, and a
 * PostgreSQL that a killed server left running (or a stale pid file) dealt with before starting again.
 */
class EmbeddedDatabaseTest {

    private static String show(EmbeddedDatabase db, String setting) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
    }

    @Test
    void aKeptDataDirectoryRunsWithFsyncAndSynchronousCommit(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0)) {
            assertThat(show(db, "fsync")).isEqualTo("on");
            assertThat(show(db, "synchronous_commit")).isEqualTo("on");
            assertThat(show(db, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void theFastModeForTestsSaysItIsUnsafeAndRunsWithoutFsync() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startUnsafeWithoutFsyncForTests()) {
            assertThat(show(db, "fsync")).isEqualTo("off");
            assertThat(show(db, "synchronous_commit")).isEqualTo("off");
        }
    }

    @Test
    void aPidFileNamingALiveProcessThatIsNoPostgresIsRemovedAsStale(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedDatabase.start(data, 0).close();
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            // As after a reboot, when the number in the file went to another program.
            Files.writeString(data.resolve("postmaster.pid"), other.pid() + "\n" + data + "\n");
            try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
                assertThat(show(db, "fsync")).isEqualTo("on");
                assertThat(db.startupNotes()).singleElement().asString().contains("stale", "is no PostgreSQL");
            }
            assertThat(other.isAlive()).as("the other program is left alone").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aPostgresLeftByAKilledServerIsStoppedCleanlyWhileALiveOwnerIsRefused(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), EmbeddedHolder.class.getName(), data.toString(),
                Integer.toString(port)).redirectErrorStream(true).start();
        long orphan;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("READY"));
            assertThat(line).as("the server process started its PostgreSQL").isEqualTo("READY");
            orphan = postmasterPid(data);

            // While that server lives, a second one on the same directory is refused, and says why.
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0)).isInstanceOf(EmbeddedDatabase.InUseException.class)
                    .hasMessageContaining("in use by another Teixit server process (pid " + server.pid() + ")");
            StringWriter err = new StringWriter();
            CommandLine cli = ServerMain.commandLine();
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute("demo", "--embedded", "--data-dir", data.toString()))
                    .isEqualTo(ServerMain.DATA_DIR_IN_USE);
            assertThat(err.toString()).contains("in use by another Teixit server process").doesNotContain("\tat ");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("kill -9 left PostgreSQL running")
                .contains(true);

        // Restarted on the same port, it does not quietly reuse the PostgreSQL left running: it stops it first.
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("stopped").isEmpty();
            assertThat(postmasterPid(data)).isNotEqualTo(orphan);
            assertThat(db.startupNotes()).anySatisfy(n -> assertThat(n).contains("left running", "process " + orphan));
            try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before the kill");
            }
        }
    }
}
