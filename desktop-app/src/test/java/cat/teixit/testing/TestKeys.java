package cat.teixit.testing;

import cat.teixit.persistence.StoreKey;

/**
 * The tests' default store key: every test store is encrypted as a real one is (decision 0032), with this one fixed
 * key, so that a test may reopen its store without a key ring and without an Argon2id derivation (they stay fast).
 * Tests of the key ring itself use real wrapped keys.
 */
public final class TestKeys {

    /** The key of every test store. */
    public static final StoreKey KEY = StoreKey.of(bytes());

    private TestKeys() {
    }

    /**
     * Wraps {@link #KEY} for {@code username} under {@code password} in {@code dataDir}'s key ring (at a cheap Argon2id
     * cost): a store a fixture made can then be opened as a real sign-in or the command line opens it.
     */
    public static void grant(java.nio.file.Path dataDir, String username, String password) {
        new cat.teixit.persistence.KeyRing(dataDir, new cat.teixit.sync.protocol.PasswordHasher(1024, 1, 1))
                .grant(username, password.toCharArray(), KEY);
    }

    /** A connection to the test store file {@code db} (or one of its backups), outside the store: what a test checks. */
    public static java.sql.Connection connect(java.nio.file.Path db) throws java.sql.SQLException {
        byte[] raw = bytes();
        return org.sqlite.mc.SQLiteMCChacha20Config.getDefault().withRawUnsaltedKey(raw).build()
                .createConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    private static byte[] bytes() {
        byte[] b = new byte[StoreKey.BYTES];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x5a ^ i * 7);
        }
        return b;
    }
}
