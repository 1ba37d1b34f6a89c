package cat.teixit.sync.protocol;

import java.util.Collection;
import java.util.Map;

/**
 * The council-wide scope of reference data the centre keeps for every workstation: the resource directory's entries
 * and the aid simulator's rule sets (a new year's figures). Every user reads it (the server lists it in every
 * session); a user writes an entity type of it only when their roles grant that type's action; it holds only
 * {@link #ENTITY_TYPES} (which live in no other scope). A team may not take its code. See docs/directory.md and
 * docs/aids.md.
 */
public final class DirectoryScope {

    /** The scope's code. */
    public static final String NAME = "DIRECTORI";
    /** The resource directory's entries. */
    public static final String ENTITY_TYPE = "directory_entry";
    /** The action of the {@link PermissionMatrix} that writes the directory. */
    public static final String ACTION = "EDIT_DIRECTORY";
    /** The aid simulator's rule sets. */
    public static final String AID_RULES_TYPE = "aid_rule_set";
    /** The action that writes the aid rule sets. */
    public static final String AID_RULES_ACTION = "EDIT_AID_RULES";
    /** The entity types of the scope, each with the action that writes it. */
    public static final Map<String, String> ENTITY_TYPES = Map.of(ENTITY_TYPE, ACTION, AID_RULES_TYPE, AID_RULES_ACTION);

    private DirectoryScope() {
    }

    /** True when {@code roles} may write something of the scope (the session's write flag for it). */
    public static boolean writable(Collection<String> roles) {
        return ENTITY_TYPES.values().stream().anyMatch(a -> PermissionMatrix.allows(roles, a));
    }

    /** True when {@code entityType} lives in this scope (and only here). */
    public static boolean holds(String entityType) {
        return ENTITY_TYPES.containsKey(entityType);
    }
}
