package cat.teixit.persistence.aid;

import cat.teixit.model.aid.AidRuleSet;
import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.persistence.orm.EntityRepository;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** The aid rule sets the council loaded (synced): by file name, all of them, and a stamp that changes with any of them. */
public final class AidRuleRepository extends EntityRepository<AidRuleSet> {

    /** A rule set's file name and text. */
    public record Text(String fileName, String content) {
    }

    private final Jdbc jdbc;

    public AidRuleRepository(Session session, Jdbc jdbc) {
        super(session);
        this.jdbc = jdbc;
    }

    /** The live rule set of that file name. */
    public Optional<AidRuleSet> byFileName(String fileName) {
        return session.createSelectionQuery("FROM AidRuleSet WHERE fileName = :name AND deletedAt IS NULL", AidRuleSet.class)
                .setParameter("name", fileName).setMaxResults(1).uniqueResultOptional();
    }

    /** Every live rule set, by file name. */
    public List<Text> all() {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT file_name, content FROM aid_rule_set WHERE deleted_at IS NULL"
                + " ORDER BY file_name", List.of(), rs -> new Text(rs.getString(1), rs.getString(2))));
    }

    /** Changes whenever a rule set is added, changed or removed here or by a sync. */
    public String stamp() {
        return jdbc.jdbc(c -> Sql.first(c, "SELECT count(*) || ':' || coalesce(max(updated_at), '') FROM aid_rule_set",
                List.of(), rs -> rs.getString(1)));
    }
}
