package cat.teixit.server.testing;

import cat.teixit.server.db.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A server process reduced to what matters for the embedded database tests, in a JVM of its own: it starts
 * the embedded PostgreSQL on a data directory, writes a row, says READY on stdout and waits to be killed
 * (with SIGKILL, as a power-less crash of the server leaves its PostgreSQL running). Arguments: dataDir port.
 */
public final class EmbeddedHolder {

    private EmbeddedHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (note text)");
            s.execute("INSERT INTO kept VALUES ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
        db.close();
    }
}
