package cat.teixit.app;

import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.PlaintextStore;
import cat.teixit.persistence.StoreKey;
import cat.teixit.persistence.StoreOpenException;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which key opens a data directory for a user who signs in, before anything of the store can be read
 * (docs/decisions/0032-encrypted-at-rest.md):
 * <ul>
 * <li>no store yet: a new random key (granted to the user once their sign-in succeeds);</li>
 * <li>a store from before encryption: the user's password must match their verifier in it; a new key is wrapped for
 *     them first, then the store is encrypted with it as it opens;</li>
 * <li>an encrypted store: the user's wrap in the key ring, unwrapped with their password.</li>
 * </ul>
 * An encrypted store that no user has a key to (made, then left before anyone signed in) is moved aside and a new
 * one is made. Stateless.
 */
public final class DataKeys {

    private static final Logger LOG = LoggerFactory.getLogger(DataKeys.class);

    private DataKeys() {
    }

    /**
     * The key of {@code dataDir}'s store for {@code username} and {@code password} (not cleared).
     *
     * @throws StoreOpenException {@code NO_KEY} when the user has no key here, {@code WRONG_PASSWORD} when the password
     *                            does not unwrap it, {@code IO}/{@code CORRUPT} when the files cannot be read
     */
    public static StoreKey forUser(Path dataDir, String username, char[] password) throws StoreOpenException {
        return forUser(dataDir, username, password, new PasswordHasher());
    }

    static StoreKey forUser(Path dataDir, String username, char[] password, PasswordHasher hasher)
            throws StoreOpenException {
        String name = normal(username);
        KeyRing ring = new KeyRing(dataDir, hasher);
        try {
            Path db = dataDir.resolve(LocalStore.DB_FILE);
            boolean plain = PlaintextStore.present(dataDir);
            if (!plain && !Files.exists(db)) {
                ring.clear();
                return StoreKey.random();
            }
            if (plain && !ring.has(name)) {
                Optional<String> verifier = PlaintextStore.verifier(dataDir, name);
                if (verifier.isEmpty()) {
                    throw new StoreOpenException(StoreOpenException.Reason.NO_KEY,
                            "this user never signed in to this store from before encryption", null);
                }
                if (!hasher.verify(password, verifier.get())) {
                    throw new StoreOpenException(StoreOpenException.Reason.WRONG_PASSWORD, "wrong password", null);
                }
                // Wrapped before the store is encrypted with it: a crash in between leaves a key that opens it.
                StoreKey key = ring.isEmpty() ? StoreKey.random() : null;
                if (key == null) {
                    throw new StoreOpenException(StoreOpenException.Reason.NO_KEY,
                            "the store is being encrypted with another user's key", null);
                }
                ring.grant(name, password, key);
                return key;
            }
            if (!plain && ring.isEmpty()) {
                setAside(dataDir);
                return StoreKey.random();
            }
            if (!ring.has(name)) {
                throw new StoreOpenException(StoreOpenException.Reason.NO_KEY, "no key for this user here", null);
            }
            return ring.unwrap(name, password).orElseThrow(() -> new StoreOpenException(
                    StoreOpenException.Reason.WRONG_PASSWORD, "wrong password", null));
        } catch (java.io.UncheckedIOException e) {
            throw new StoreOpenException(StoreOpenException.Reason.IO, "the key ring cannot be read", e);
        }
    }

    /**
     * A new random key for a new store in {@code dataDir} ({@code teixit generate}, the benchmarks' work stores):
     * whatever key ring was there is forgotten.
     *
     * @throws StoreOpenException {@code IO} when the directory already holds a store
     */
    public static StoreKey forNewStore(Path dataDir) throws StoreOpenException {
        if (Files.exists(dataDir.resolve(LocalStore.DB_FILE))) {
            throw new StoreOpenException(StoreOpenException.Reason.IO, "the directory already holds a store", null);
        }
        new KeyRing(dataDir, new PasswordHasher()).clear();
        return StoreKey.random();
    }

    /** A user name as the key ring holds it. */
    static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** An encrypted store without a key ring: nobody can ever open it; kept aside (never deleted), a new one made. */
    private static void setAside(Path dataDir) throws StoreOpenException {
        String aside = "teixit-without-key-" + Instant.now().toEpochMilli() + ".db";
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path p = dataDir.resolve(LocalStore.DB_FILE + suffix);
                if (Files.exists(p)) {
                    Files.move(p, dataDir.resolve(aside + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StoreOpenException(StoreOpenException.Reason.IO, "cannot move aside a store without keys", e);
        }
        LOG.warn("An encrypted store that no user has a key to was moved aside to {}; a new one is made", aside);
    }
}
