package cat.teixit.persistence;

import cat.teixit.sync.protocol.PasswordHasher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data directory's {@link StoreKey}, wrapped for each user who works on this workstation: {@code keyring.properties}
 * next to the database, which cannot be read before a user signs in. Each entry is the store key encrypted with
 * AES-256-GCM under a key derived from the user's password with Argon2id ({@link PasswordHasher#deriveKey}, its salt and
 * cost in the entry), the user name bound in as associated data. A wrong password fails the GCM tag: nothing is
 * learnt but "wrong". Changing a password rewraps the same key; the database is not re-encrypted. The file names the
 * users (their login names), nothing of the people in the store. Thread-safe within the process that holds the data
 * directory's lock.
 */
public final class KeyRing {

    public static final String FILE = "keyring.properties";
    private static final String USER = "user.";
    /** A user's wrap under their old password, kept while a new one is being saved (a crash then loses neither). */
    private static final String PREVIOUS = "previous.";
    /**
     * A user's copy of the key wrapped under a random secret that only the central server keeps (decision 0046):
     * {@code deviceId$iv$ciphertext}, opened when a password reset on the server no longer unwraps theirs.
     */
    private static final String ESCROW = "escrow.";
    private static final String DEMO = "demo";
    private static final int IV_BYTES = 12;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final PasswordHasher hasher;

    public KeyRing(Path dataDir, PasswordHasher hasher) {
        this.file = dataDir.resolve(FILE);
        this.hasher = hasher;
    }

    /** True when no user has a key here (a new data directory, or one from before encryption). */
    public synchronized boolean isEmpty() {
        return read().stringPropertyNames().stream().noneMatch(k -> k.startsWith(USER));
    }

    /** How many users have a key here. */
    public synchronized int size() {
        return (int) read().stringPropertyNames().stream().filter(k -> k.startsWith(USER)).count();
    }

    /** True when {@code username} has a key here (whatever its password). */
    public synchronized boolean has(String username) {
        return read().containsKey(entry(username));
    }

    /** True when the store was made for a demonstration (its accounts share a published password). */
    public synchronized boolean demo() {
        return Boolean.parseBoolean(read().getProperty(DEMO, "false"));
    }

    /**
     * The store key, when {@code username} has one here and {@code password} unwraps it (their current wrap, or the one
     * under their old password while a change of password is being saved).
     */
    public synchronized Optional<StoreKey> unwrap(String username, char[] password) {
        Properties p = read();
        return unwrap(p.getProperty(entry(username)), username, password)
                .or(() -> unwrap(p.getProperty(PREVIOUS + entry(username)), username, password));
    }

    /** True when {@code password} unwraps {@code username}'s current wrap to {@code key}. */
    public synchronized boolean opens(String username, char[] password, StoreKey key) {
        return unwrap(read().getProperty(entry(username)), username, password).filter(key::equals).isPresent();
    }

    private Optional<StoreKey> unwrap(String value, String username, char[] password) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\$");
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] kek = null;
        try {
            kek = hasher.deriveKey(password, parts[0] + "$" + parts[1]);
            return open(kek, aad(username), parts[2], parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            if (kek != null) {
                Arrays.fill(kek, (byte) 0);
            }
        }
    }

    /** {@code key} encrypted under {@code kek} with {@code aad} bound in: {@code iv$ciphertext}, in base64. */
    private static String seal(byte[] kek, byte[] aad, StoreKey key) {
        byte[] raw = key.bytes();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(aad);
            return B64.encodeToString(iv) + "$" + B64.encodeToString(c.doFinal(raw));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The key {@link #seal} sealed, or empty when {@code kek} or {@code aad} is not the one it was sealed with. */
    private static Optional<StoreKey> open(byte[] kek, byte[] aad, String iv, String sealed) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, B64D.decode(iv)));
            c.updateAAD(aad);
            byte[] key = c.doFinal(B64D.decode(sealed));
            try {
                return Optional.of(StoreKey.of(key));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wraps {@code key} for {@code username} under {@code password}, replacing what they had. */
    public void grant(String username, char[] password, StoreKey key) {
        grantAll(java.util.List.of(username), password, key);
    }

    /**
     * Wraps {@code key} for {@code username} under a new password while their wrap under the old one is kept aside,
     * until {@link #forgetPrevious}: the password is being changed, and either opens until the change is saved.
     */
    public synchronized void rewrap(String username, char[] next, StoreKey key) {
        Properties p = read();
        String current = p.getProperty(entry(username));
        if (current != null) {
            p.setProperty(PREVIOUS + entry(username), current);
            write(p);
        }
        grantAll(java.util.List.of(username), next, key, false);
    }

    /** The new password is saved: the wrap under the old one goes. */
    public synchronized void forgetPrevious(String username) {
        Properties p = read();
        if (p.remove(PREVIOUS + entry(username)) != null) {
            write(p);
        }
    }

    /**
     * Wraps {@code key} for each of {@code usernames} under the one {@code password} (the demo and generated stores,
     * whose accounts share it): the password's key is derived once.
     */
    public synchronized void grantAll(Collection<String> usernames, char[] password, StoreKey key) {
        grantAll(usernames, password, key, true);
    }

    private void grantAll(Collection<String> usernames, char[] password, StoreKey key, boolean dropPrevious) {
        String parameters = hasher.newKeyParameters();
        byte[] kek = hasher.deriveKey(password, parameters);
        try {
            Properties p = read();
            for (String username : usernames) {
                p.setProperty(entry(username), parameters + "$" + seal(kek, aad(username), key));
                if (dropPrevious) {
                    p.remove(PREVIOUS + entry(username));
                }
            }
            write(p);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Takes {@code username}'s key away (nothing when they had none), with its copy for the server's secret. */
    public synchronized void revoke(String username) {
        Properties p = read();
        boolean had = p.remove(entry(username)) != null;
        had |= p.remove(ESCROW + entry(username)) != null;
        if (p.remove(PREVIOUS + entry(username)) != null || had) {
            write(p);
        }
    }

    /** The device id under which the server keeps {@code username}'s secret for this key ring, when it keeps one. */
    public synchronized Optional<String> escrowDevice(String username) {
        String value = read().getProperty(ESCROW + entry(username));
        return value == null ? Optional.empty() : Optional.of(value.split("\\$", 2)[0]);
    }

    /**
     * Wraps {@code key} for {@code username} under {@code secret} (43 characters of base64url: 32 random bytes), which
     * the central server keeps for them and device {@code deviceId}; replaces the copy they had.
     */
    public synchronized void keepEscrow(String username, String deviceId, String secret, StoreKey key) {
        byte[] kek = Base64.getUrlDecoder().decode(secret);
        try {
            Properties p = read();
            p.setProperty(ESCROW + entry(username), deviceId + "$" + seal(kek, escrowAad(username, deviceId), key));
            write(p);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The store key from {@code username}'s copy under the server's {@code secret}; empty when it does not open. */
    public synchronized Optional<StoreKey> unwrapEscrow(String username, String secret) {
        String value = read().getProperty(ESCROW + entry(username));
        String[] parts = value == null ? new String[0] : value.split("\\$");
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] kek = null;
        try {
            kek = Base64.getUrlDecoder().decode(secret);
            return open(kek, escrowAad(username, parts[0]), parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            if (kek != null) {
                Arrays.fill(kek, (byte) 0);
            }
        }
    }

    private static byte[] escrowAad(String username, String deviceId) {
        return ("teixit-keyring-escrow-1:" + username.strip().toLowerCase(Locale.ROOT) + ":" + deviceId)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Marks the store as a demonstration's (its password is published). */
    public synchronized void markDemo() {
        Properties p = read();
        p.setProperty(DEMO, "true");
        write(p);
    }

    /** Forgets every key: a new store is being made in this directory. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String entry(String username) {
        return USER + username.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] aad(String username) {
        return ("teixit-keyring-1:" + username.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the key ring", e);
            }
        }
        return p;
    }

    /** Written to a temporary file, flushed to the disk, then moved over the old one: never half a key ring. */
    private void write(Properties p) {
        try {
            AtomicFiles.write(file, out -> p.store(out,
                    "Teixit: this data directory's key, wrapped for each of its users (docs/decisions/0032)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key ring", e);
        }
    }
}
