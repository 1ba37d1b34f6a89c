package cat.teixit.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * One unit of work on the local store: the repositories share its transaction. Valid only inside
 * {@link LocalStore#write} or {@link LocalStore#read}; not thread-safe.
 */
public final class StoreTx {

    private final Session session;

    StoreTx(Session session) {
        this.session = session;
    }

    public DeviceRepository device() {
        return new DeviceRepository(session);
    }

    public TeamRepository teams() {
        return new TeamRepository(session);
    }

    public UserRepository users() {
        return new UserRepository(session);
    }

    public CaseRepository cases() {
        return new CaseRepository(session);
    }

    public OutboxRepository outbox() {
        return new OutboxRepository(session);
    }

    /** Work that needs plain SQL (full-text search, bulk loads), on this transaction's connection. */
    public <T> T jdbc(JdbcWork<T> work) {
        if (session.getTransaction().isActive()) {
            session.flush();
        }
        return session.doReturningWork(work::run);
    }

    /** Plain-SQL work on the transaction's connection. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
