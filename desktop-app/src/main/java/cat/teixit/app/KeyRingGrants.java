package cat.teixit.app;

import cat.teixit.logic.auth.KeyGrants;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.StoreKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The auth service's grants kept in the data directory's {@link KeyRing}: each password accepted or set wraps the
 * store's key. A user whose key already opens with the password they signed in with is not wrapped again; this is
 * remembered per verifier for the session, so a second sign-in costs no key derivation. Thread-safe.
 */
final class KeyRingGrants implements KeyGrants {

    private final KeyRing ring;
    private final StoreKey key;
    /** The verifier each user's key was last checked or wrapped under, in this session. */
    private final Map<String, String> checked = new ConcurrentHashMap<>();

    KeyRingGrants(KeyRing ring, StoreKey key) {
        this.ring = ring;
        this.key = key;
    }

    @Override
    public void signedIn(String username, char[] password, String verifier) {
        String name = DataKeys.normal(username);
        if (verifier != null && verifier.equals(checked.get(name))) {
            return;
        }
        if (!ring.opens(name, password, key)) {
            ring.grant(name, password, key);
        }
        if (verifier != null) {
            checked.put(name, verifier);
        }
    }

    @Override
    public void passwordChanging(String username, char[] next) {
        String name = DataKeys.normal(username);
        checked.remove(name);
        ring.rewrap(name, next, key);
    }

    @Override
    public void passwordSaved(String username, String verifier) {
        String name = DataKeys.normal(username);
        ring.forgetPrevious(name);
        checked.put(name, verifier);
    }
}
