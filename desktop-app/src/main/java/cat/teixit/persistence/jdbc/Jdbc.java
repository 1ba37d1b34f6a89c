package cat.teixit.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain SQL on one unit of work's connection, after its pending entity changes are written: what the
 * persistence feature queries (full-text search, timelines, bulk loads) are built on. Logic never holds a
 * connection (ArchitectureTest). Implementations are bound to one unit of work: not thread-safe.
 */
public interface Jdbc {

    /** Runs {@code work} on this unit of work's connection, within its transaction. */
    <T> T jdbc(Work<T> work);

    /** Plain-SQL work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
