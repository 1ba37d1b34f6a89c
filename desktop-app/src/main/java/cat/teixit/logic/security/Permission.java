package cat.teixit.logic.security;

/** Something a professional may be allowed to do; granted through roles by {@link AccessPolicy}. */
public enum Permission {
    /** See and search the case files of the own team. */
    VIEW_CASE_FILES,
    /** Create and change case files, people, households and their records. */
    EDIT_CASE_FILES,
    /** Read confidential entries written by colleagues of the team (team leads). */
    READ_TEAM_CONFIDENTIAL,
    /** See the team's indicators and print reports. */
    VIEW_TEAM_REPORTS,
    /** Write and change the team's document templates (team leads). */
    EDIT_TEMPLATES,
    /** Manage users, devices and catalogues. */
    ADMINISTER,
    /** Synchronise this workstation with the central system and see how it stands. */
    SYNC,
    /** Read the audit trail of the own team (team leads, docs/decisions/0026-audit-trail.md). */
    VIEW_AUDIT,
    /** Add, change and deactivate entries of the council's resource directory (the local administrator). */
    EDIT_DIRECTORY,
    /** Load a new period's figures of the aid simulator, shared with every workstation (the local administrator). */
    EDIT_AID_RULES,
    /**
     * Open one case file outside the own scopes in an emergency, with a written reason, for a limited time, flagged
     * to the team lead (docs/decisions/0039-break-the-glass.md).
     */
    BREAK_THE_GLASS
}
