package cat.teixit.logic.search;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.persistence.LocalStore;
import java.time.LocalDate;
import java.util.Set;

/**
 * What search needs of the workstation: the store, the access policy, the catalogues (to name places), today
 * and a user's scopes. The case-file services' {@code CaseDeps} provides it, so search does not depend on
 * them. Implementations are thread-safe.
 */
public interface SearchDeps {

    LocalStore store();

    AccessPolicy access();

    CatalogueService catalogues();

    /** Today in the users' time zone. */
    LocalDate today();

    /** The scopes whose records {@code user} may see on this workstation. */
    Set<String> scopesOf(CurrentUser user);
}
