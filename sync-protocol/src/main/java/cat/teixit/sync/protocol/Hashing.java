package cat.teixit.sync.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256: in lower-case hex, the content address of attachments; and as the {@code Content-Digest} field
 * (RFC 9530) that lets each side tell a body altered in transit. Thread-safe.
 */
public final class Hashing {

    private Hashing() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    /** The {@code Content-Digest} field value of {@code body}: {@code sha-256=:<base64 of its SHA-256>:}. */
    public static String contentDigest(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256().digest(body)) + ":";
    }

    /**
     * Whether a {@code Content-Digest} field value fits {@code body}: its {@code sha-256} member must equal the
     * body's SHA-256; a value without that member (other algorithms only) says nothing and fits.
     */
    public static boolean contentDigestFits(String fieldValue, byte[] body) {
        for (String member : fieldValue.split(",")) {
            String m = member.strip();
            if (!m.regionMatches(true, 0, "sha-256=", 0, 8)) {
                continue;
            }
            String value = m.substring(8);
            if (value.length() < 2 || value.charAt(0) != ':' || value.charAt(value.length() - 1) != ':') {
                return false;
            }
            try {
                byte[] claimed = Base64.getDecoder().decode(value.substring(1, value.length() - 1));
                return MessageDigest.isEqual(claimed, sha256().digest(body));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    public static String sha256Hex(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[256 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
