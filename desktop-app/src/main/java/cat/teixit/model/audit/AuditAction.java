package cat.teixit.model.audit;

/** What an audit entry records (its {@code action}). */
public enum AuditAction {
    /** A case file or a person was opened. */
    VIEW,
    /** Something was sent to a printer or its printable PDF made (a document, a report, an agenda). */
    PRINT,
    /** Something left the workstation as a file (a report as CSV, XLSX or PDF, a document). */
    EXPORT,
    /** A record was created, changed or deleted through a use case. */
    CHANGE,
    /** A document of a case file was signed and sealed. */
    SIGN,
    /** A professional logged in. */
    LOGIN,
    /** A login was refused (the name tried is kept only as a hash unless it is a known account). */
    LOGIN_FAILED,
    /** A case file outside the user's scopes was opened in an emergency (break the glass), with a written reason. */
    EMERGENCY_ACCESS
}
