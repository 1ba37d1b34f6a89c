package cat.teixit.persistence.orm;

import org.hibernate.Session;

/**
 * What the repositories over one unit of work share: its Hibernate session, and adding a new entity to it (written
 * at commit). Each repository adds its own queries. Not thread-safe (bound to one unit of work).
 *
 * @param <E> the entities the repository saves
 */
public abstract class EntityRepository<E> {

    protected final Session session;

    protected EntityRepository(Session session) {
        this.session = session;
    }

    /** Adds a new entity to the unit of work; it is written when the unit of work commits. */
    public void save(E entity) {
        session.persist(entity);
    }
}
