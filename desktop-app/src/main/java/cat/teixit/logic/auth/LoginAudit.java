package cat.teixit.logic.auth;

import cat.teixit.persistence.StoreTx;
import java.util.UUID;

/** Where logins and refused logins are audited (the audit trail, docs/decisions/0026). */
public interface LoginAudit {

    /** {@code user} logged in, checked by the server ({@code online}) or locally; recorded in {@code tx}. */
    void loggedIn(StoreTx tx, CurrentUser user, boolean online);

    /** A login was refused; {@code knownAccountId} is the account of that name here, or null. */
    void loginFailed(String nameTried, UUID knownAccountId);
}
