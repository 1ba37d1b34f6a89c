package cat.teixit.server.cli;

import cat.teixit.server.db.Database;
import cat.teixit.server.db.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the server's PostgreSQL is: a URL, or an embedded one on a data directory. Not thread-safe. */
public final class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/teixit")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: from the URL)")
    String user;

    @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "TEIXIT_DB_PASSWORD",
            description = "environment variable holding the database password (default: ${DEFAULT-VALUE})")
    String passwordEnv;

    @Option(names = "--embedded", description = "run an embedded PostgreSQL (trials; no install needed)")
    boolean embedded;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/teixit-server-data",
            description = "data directory of the embedded PostgreSQL (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--db-port", paramLabel = "PORT", defaultValue = "0",
            description = "port of the embedded PostgreSQL (default: any free port)")
    int dbPort;

    @Option(names = "--db-pool", paramLabel = "N", defaultValue = "16", description = "connection pool size (default: ${DEFAULT-VALUE})")
    int poolSize;

    /** An open database, and the embedded PostgreSQL behind it when there is one. */
    record Opened(Database database, EmbeddedDatabase embedded, String jdbcUrl) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            database.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    Opened open() throws IOException {
        if (embedded == (url != null)) {
            throw new IllegalArgumentException("give exactly one of --db-url and --embedded");
        }
        if (embedded) {
            EmbeddedDatabase pg = EmbeddedDatabase.start(dataDir.toAbsolutePath(), dbPort);
            pg.startupNotes().forEach(System.err::println);
            try {
                return new Opened(Database.open(pg.jdbcUrl(), null, null, poolSize), pg, pg.jdbcUrl());
            } catch (RuntimeException e) {
                pg.close();
                throw e;
            }
        }
        String password = passwordEnv == null ? null : System.getenv(passwordEnv);
        return new Opened(Database.open(url, user, password, poolSize), null, url);
    }
}
