package cat.teixit.persistence;

import cat.teixit.model.sync.OutboxEntry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;

/** Local changes waiting to be pushed, oldest first. Not thread-safe (bound to one unit of work). */
public final class OutboxRepository {

    private final Session session;

    OutboxRepository(Session session) {
        this.session = session;
    }

    public void append(OutboxEntry entry) {
        session.persist(entry);
    }

    public long countPending() {
        return session.createSelectionQuery("select count(*) from OutboxEntry", Long.class).getSingleResult();
    }

    /** The scopes of work not yet on the server: changes waiting to be sent, conflicts waiting to be resolved. */
    public Set<String> scopesWithUnsentWork() {
        return new TreeSet<>(session.createNativeQuery(
                "SELECT scope FROM outbox UNION SELECT scope FROM sync_conflict WHERE status = 'OPEN'", String.class)
                .getResultList());
    }

    public List<OutboxEntry> oldest(int limit) {
        return session.createSelectionQuery("from OutboxEntry order by opId", OutboxEntry.class).setMaxResults(limit)
                .getResultList();
    }
}
