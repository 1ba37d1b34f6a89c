package cat.teixit.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.db.Database;
import cat.teixit.server.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The administration sub-commands against a real PostgreSQL given by URL. */
class ServerCommandsTest {

    private static Database db;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh(2);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static int run(String... args) {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void teamsAndUsersAreAddedAndUsersHoldTheirTeamsScope() throws Exception {
        String url = TestDatabase.jdbcUrl();
        assertThat(run("teams", "add", "--db-url", url, "--code", "BAN", "--name", "EBASP Banyoles", "--area",
                "ABSS Pla de l'Estany")).isZero();
        assertThat(run("teams", "add", "--db-url", url, "--code", "BAN", "--name", "x", "--area", "y")).isEqualTo(1);
        assertThat(run("users", "add", "--db-url", url, "--username", "Marc", "--display-name", "Marc Vila",
                "--team", "BAN", "--role", "SOCIAL_WORKER", "--password-env", "PATH")).isZero();
        assertThat(run("users", "grant", "--db-url", url, "--username", "marc", "--scope", "SALT", "--read-only"))
                .isZero();
        assertThat(run("demo", "--db-url", url)).isZero();
        assertThat(run("users", "add", "--db-url", url, "--username", "x", "--team", "NOPE", "--role", "SOCIAL_WORKER",
                "--password-env", "PATH")).isNotZero();

        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                SELECT string_agg(s.scope || ':' || s.can_write, ',' ORDER BY s.scope) FROM user_scope s
                JOIN app_user u ON u.id = s.user_id WHERE u.username = 'marc'""");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("BAN:true,SALT:false");
        }
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM app_user WHERE username IN ('laia','jordi','montse','pau','admin')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void aUserIsDeactivatedAndReactivatedFromTheCommandLine() throws Exception {
        String url = TestDatabase.jdbcUrl();
        assertThat(run("teams", "add", "--db-url", url, "--code", "OLO", "--name", "EBASP Olot", "--area", "ABSS Olot"))
                .isZero();
        assertThat(run("users", "add", "--db-url", url, "--username", "nuria", "--team", "OLO", "--role",
                "SOCIAL_WORKER", "--password-env", "PATH")).isZero();
        assertThat(run("users", "deactivate", "--db-url", url, "--username", "nuria")).isZero();
        assertThat(active("nuria")).isFalse();
        assertThat(run("users", "activate", "--db-url", url, "--username", "Nuria")).isZero();
        assertThat(active("nuria")).isTrue();
        assertThat(run("users", "deactivate", "--db-url", url, "--username", "nobody")).isEqualTo(1);
    }

    private static boolean active(String username) throws Exception {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT active FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Test
    void exactlyOneDatabaseMustBeNamed() {
        assertThat(run("demo")).isNotZero();
    }
}
