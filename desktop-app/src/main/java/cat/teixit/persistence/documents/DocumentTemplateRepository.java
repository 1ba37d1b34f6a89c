package cat.teixit.persistence.documents;

import cat.teixit.model.documents.DocumentTemplate;
import cat.teixit.persistence.orm.EntityRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/** The teams' document templates (every version kept). Not thread-safe (bound to one unit of work). */
public final class DocumentTemplateRepository extends EntityRepository<DocumentTemplate> {

    public DocumentTemplateRepository(Session session) {
        super(session);
    }

    /**
     * The version in use of each template of {@code scope} in a language: the highest version, and of two rows
     * with the same version (two leads editing offline) the later one by hybrid clock (its text sorts in time).
     */
    public List<DocumentTemplate> current(String scope, String language) {
        Map<String, DocumentTemplate> newest = new LinkedHashMap<>();
        for (DocumentTemplate t : session.createSelectionQuery("from DocumentTemplate t where t.scope = :scope"
                + " and t.language = :lang and t.deletedAt is null order by t.templateKey, t.version desc, t.updatedAt desc",
                DocumentTemplate.class).setParameter("scope", scope).setParameter("lang", language).getResultList()) {
            newest.putIfAbsent(t.getTemplateKey(), t);
        }
        return List.copyOf(newest.values());
    }

    /** Every version of one template of a scope in a language, newest first. */
    public List<DocumentTemplate> versions(String scope, String key, String language) {
        return session.createSelectionQuery("from DocumentTemplate t where t.scope = :scope and t.templateKey = :key"
                + " and t.language = :lang and t.deletedAt is null order by t.version desc, t.updatedAt desc",
                DocumentTemplate.class).setParameter("scope", scope).setParameter("key", key)
                .setParameter("lang", language).getResultList();
    }

    /** The version in use of one template of a scope in a language. */
    public Optional<DocumentTemplate> current(String scope, String key, String language) {
        return versions(scope, key, language).stream().findFirst();
    }
}
