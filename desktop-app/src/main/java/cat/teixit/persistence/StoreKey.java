package cat.teixit.persistence;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key that encrypts one data directory: its database (with its index and WAL), its backups and
 * its attachments (docs/decisions/0032-encrypted-at-rest.md). Never written anywhere in clear: the {@link KeyRing}
 * keeps it wrapped by each user's password. Immutable; {@link #equals} compares in constant time.
 */
public final class StoreKey {

    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private StoreKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a store key has " + BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** A new random key (a new store). */
    public static StoreKey random() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new StoreKey(b);
    }

    /** The key of these bytes (unwrapped from the key ring, or a test's fixed key). */
    public static StoreKey of(byte[] bytes) {
        return new StoreKey(bytes);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** The key as SQLite3MultipleCiphers takes it: a raw key, used as is (no key derivation at each connection). */
    String sqlite() {
        return "raw:" + HexFormat.of().formatHex(key);
    }

    /** A key of its own for one use (attachments), derived with HMAC-SHA256 so the database key is used for one thing. */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("teixit:" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreKey other && MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "StoreKey[hidden]";
    }
}
