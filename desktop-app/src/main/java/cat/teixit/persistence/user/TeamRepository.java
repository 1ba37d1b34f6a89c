package cat.teixit.persistence.user;

import cat.teixit.model.user.Team;
import cat.teixit.persistence.orm.EntityRepository;
import cat.teixit.persistence.orm.NameOrder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Teams known to this workstation. Not thread-safe (bound to one unit of work). */
public final class TeamRepository extends EntityRepository<Team> {

    public TeamRepository(Session session) {
        super(session);
    }

    public Optional<Team> find(UUID id) {
        return Optional.ofNullable(session.find(Team.class, id));
    }

    public Optional<Team> findByCode(String code) {
        return session.createSelectionQuery("from Team where code = :code", Team.class).setParameter("code", code)
                .uniqueResultOptional();
    }

    /** The teams not deleted, by name ({@link NameOrder}). */
    public List<Team> all() {
        return NameOrder.sorted(session.createSelectionQuery("from Team where deletedAt is null", Team.class)
                .getResultList(), Team::getName);
    }
}
