package cat.teixit.logic.auth;

/**
 * Who may unlock this workstation's encrypted data (docs/decisions/0032-encrypted-at-rest.md): the data key is
 * wrapped for each user under their password, outside the database. The auth service tells it of each password it
 * accepts or sets; the composition root keeps the key ring. Implementations are thread-safe.
 */
public interface KeyGrants {

    /** Nobody is granted anything (a store opened without a key ring). */
    KeyGrants NONE = new KeyGrants() {
    };

    /**
     * {@code username} signed in with {@code password}, checked against {@code verifier}: from now on their password
     * unlocks the data here (a colleague who signs in while the data is open, a password changed on the server).
     */
    default void signedIn(String username, char[] password, String verifier) {
    }

    /** A new password is about to be saved: until {@link #passwordSaved}, the old one and the new one both unlock. */
    default void passwordChanging(String username, char[] next) {
    }

    /** The new password is saved, with {@code verifier}: only it unlocks now. */
    default void passwordSaved(String username, String verifier) {
    }
}
