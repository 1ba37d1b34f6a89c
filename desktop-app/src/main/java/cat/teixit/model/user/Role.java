package cat.teixit.model.user;

/** What a professional does in the team; permissions are decided from roles by {@code PermissionMatrix} (docs/permissions.md). */
public enum Role {
    /** Treballador/a social. */
    SOCIAL_WORKER,
    /** Educador/a social. */
    SOCIAL_EDUCATOR,
    /** Treballador/a familiar (home help: works in the household, records what was done). */
    FAMILY_WORKER,
    /** Coordinador/a de l'equip. */
    TEAM_LEAD,
    /** Personal administratiu. */
    ADMINISTRATIVE,
    /** Administrador/a local (the council's IT): users and settings, no case files. */
    ADMINISTRATOR
}
