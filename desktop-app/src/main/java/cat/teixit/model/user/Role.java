package cat.teixit.model.user;

/** What a professional does in the team; permissions are decided from roles in the logic layer. */
public enum Role {
    /** Treballador/a social. */
    SOCIAL_WORKER,
    /** Educador/a social. */
    SOCIAL_EDUCATOR,
    /** Coordinador/a de l'equip. */
    TEAM_LEAD,
    /** Personal administratiu. */
    ADMINISTRATIVE,
    /** Administrador/a del sistema (IT del consell). */
    ADMINISTRATOR
}
