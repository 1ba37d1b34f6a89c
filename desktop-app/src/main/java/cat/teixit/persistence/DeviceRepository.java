package cat.teixit.persistence;

import cat.teixit.model.sync.Device;
import cat.teixit.persistence.orm.EntityRepository;
import java.util.Optional;
import org.hibernate.Session;

/** The single row describing this installation. Not thread-safe (bound to one unit of work). */
public final class DeviceRepository extends EntityRepository<Device> {

    DeviceRepository(Session session) {
        super(session);
    }

    public Optional<Device> find() {
        return session.createSelectionQuery("from Device", Device.class).setMaxResults(1).uniqueResultOptional();
    }

    /** Records who logged in last (only that column: the clock columns are written elsewhere). */
    public void recordLogin(String userId) {
        session.createMutationQuery("update Device set lastUserId = :u").setParameter("u", userId).executeUpdate();
    }
}
