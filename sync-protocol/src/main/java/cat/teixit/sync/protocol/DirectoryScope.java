package cat.teixit.sync.protocol;

/**
 * The council-wide scope of the resource directory: every user reads it (the server lists it in every session),
 * only a user whose roles grant {@code EDIT_DIRECTORY} writes it, and it holds only {@link #ENTITY_TYPE} records
 * (which live in no other scope). A team may not take its code. See docs/directory.md.
 */
public final class DirectoryScope {

    /** The scope's code. */
    public static final String NAME = "DIRECTORI";
    /** The one entity type of the scope. */
    public static final String ENTITY_TYPE = "directory_entry";
    /** The action of the {@link PermissionMatrix} that writes it. */
    public static final String ACTION = "EDIT_DIRECTORY";

    private DirectoryScope() {
    }

    /** True when {@code roles} may write the directory. */
    public static boolean writable(java.util.Collection<String> roles) {
        return PermissionMatrix.allows(roles, ACTION);
    }
}
