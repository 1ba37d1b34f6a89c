package cat.teixit.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password verifiers in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}), the one
 * implementation of the central server (its users) and the workstation (its offline login). New verifiers use
 * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane); any verifier in this format verifies, whatever its
 * parameters within sane bounds. Thread-safe.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(19_456, 2, 1);
    }

    /** A hasher making new verifiers with other parameters (tests use cheap ones: they log in often). */
    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** A new verifier for {@code password}, with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** True when {@code password} matches {@code verifier}; false for a malformed verifier. */
    public boolean verify(char[] password, String verifier) {
        String[] parts = verifier == null ? new String[0] : verifier.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        try {
            int[] cost = cost(parts[3]);
            if (cost == null) {
                return false;
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, cost[0], cost[1], cost[2], expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /**
     * Parameters for a new key derived from a password ({@link #deriveKey}): this hasher's Argon2id cost and a fresh
     * random salt, as {@code m=..,t=..,p=..$salt}. Kept next to what the key protects; not secret.
     */
    public String newKeyParameters() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt);
    }

    /**
     * A 256-bit key derived from {@code password} with Argon2id and the {@code parameters} of {@link #newKeyParameters}
     * (whatever cost they name, within the bounds a verifier may have): the same password and parameters give the same
     * key. Used to wrap a workstation's database key for each of its users.
     *
     * @throws IllegalArgumentException when the parameters are malformed or out of bounds
     */
    public byte[] deriveKey(char[] password, String parameters) {
        String[] parts = parameters == null ? new String[0] : parameters.split("\\$");
        if (parts.length != 2) {
            throw new IllegalArgumentException("malformed key parameters");
        }
        int[] cost = cost(parts[0]);
        if (cost == null) {
            throw new IllegalArgumentException("key parameters out of bounds");
        }
        byte[] salt = B64D.decode(parts[1]);
        return derive(password, salt, cost[0], cost[1], cost[2], HASH_BYTES);
    }

    /** {@code m=..,t=..,p=..} as {m, t, p}, or null when malformed or out of bounds. */
    private static int[] cost(String text) {
        int m = 0;
        int t = 0;
        int p = 0;
        try {
            for (String kv : text.split(",")) {
                String[] pair = kv.split("=", 2);
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> m = value;
                    case "t" -> t = value;
                    case "p" -> p = value;
                    default -> {
                        return null;
                    }
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
        if (m < 8 || m > 1_048_576 || t < 1 || t > 20 || p < 1 || p > 16) {
            return null;
        }
        return new int[] {m, t, p};
    }

    /** True when the verifier was made with weaker parameters than the current ones. */
    public boolean needsRehash(String verifier) {
        return verifier == null || !verifier.contains("$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$");
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t)
                .withParallelism(p).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        byte[] pw = toUtf8(password);
        try {
            generator.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
