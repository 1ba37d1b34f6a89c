package cat.teixit.persistence.user;

import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.orm.EntityRepository;
import cat.teixit.persistence.orm.NameOrder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Professionals who can log in here. Not thread-safe (bound to one unit of work). */
public final class UserRepository extends EntityRepository<UserAccount> {

    public UserRepository(Session session) {
        super(session);
    }

    public Optional<UserAccount> find(UUID id) {
        return Optional.ofNullable(session.find(UserAccount.class, id));
    }

    /** Case-insensitive match on the user name; deleted accounts are not found. */
    public Optional<UserAccount> findByUsername(String username) {
        return session.createSelectionQuery("from UserAccount where lower(username) = lower(:u) and deletedAt is null",
                UserAccount.class).setParameter("u", username).uniqueResultOptional();
    }

    /** Case-insensitive match on the user name, deleted accounts included. */
    public Optional<UserAccount> findAnyByUsername(String username) {
        return session.createSelectionQuery("from UserAccount where lower(username) = lower(:u)", UserAccount.class)
                .setParameter("u", username).uniqueResultOptional();
    }

    /** The accounts not deleted, by name ({@link NameOrder}). */
    public List<UserAccount> all() {
        return NameOrder.sorted(session.createSelectionQuery("from UserAccount where deletedAt is null",
                UserAccount.class).getResultList(), UserAccount::getDisplayName);
    }

    /** Active professionals of a team, by name ({@link NameOrder}). */
    public List<UserAccount> ofTeam(UUID teamId) {
        return NameOrder.sorted(session.createSelectionQuery("from UserAccount where team.id = :t and deletedAt is null "
                + "and active", UserAccount.class).setParameter("t", teamId).getResultList(), UserAccount::getDisplayName);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from UserAccount", Long.class).getSingleResult();
    }
}
