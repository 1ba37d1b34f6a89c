package cat.teixit.persistence;

import cat.teixit.model.sync.OutboxEntry;
import java.util.List;
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

    public List<OutboxEntry> oldest(int limit) {
        return session.createSelectionQuery("from OutboxEntry order by opId", OutboxEntry.class).setMaxResults(limit)
                .getResultList();
    }
}
