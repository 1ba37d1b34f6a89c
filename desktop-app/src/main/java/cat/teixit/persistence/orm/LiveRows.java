package cat.teixit.persistence.orm;

import cat.teixit.model.common.SyncedEntity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The repositories' most common queries: a live row (not deleted) by its id, and the live rows of an entity whose
 * one field has a value, in an order. The field and the order are the code's own names, never input; the value is
 * a parameter. Stateless.
 */
public final class LiveRows {

    private LiveRows() {
    }

    /** The {@code type} row {@code id}, when there is one and it is live (not deleted). */
    public static <T extends SyncedEntity> Optional<T> find(Session session, Class<T> type, UUID id) {
        T found = session.find(type, id);
        return found == null || found.isDeleted() ? Optional.empty() : Optional.of(found);
    }

    /** The live {@code type} rows whose {@code field} is {@code value}, in no particular order. */
    public static <T> List<T> where(Session session, Class<T> type, String field, Object value) {
        return where(session, type, field, value, "");
    }

    /** The live {@code type} rows whose {@code field} is {@code value}, sorted by {@code orderBy} (HQL's words). */
    public static <T> List<T> where(Session session, Class<T> type, String field, Object value, String orderBy) {
        String hql = "from " + type.getSimpleName() + " where " + field + " = :value and deletedAt is null"
                + (orderBy.isEmpty() ? "" : " order by " + orderBy);
        return session.createSelectionQuery(hql, type).setParameter("value", value).getResultList();
    }
}
