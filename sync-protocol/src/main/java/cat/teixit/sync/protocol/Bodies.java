package cat.teixit.sync.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads a message body without ever holding more than its limit: the server's requests and the
 * client's answers and downloads (docs/sync-protocol.md §8). Thread-safe (stateless).
 */
public final class Bodies {

    private static final int BUFFER = 64 * 1024;

    private Bodies() {
    }

    /**
     * All of {@code in}, at most {@code max} bytes; {@code sizeHint} is the expected size (0: unknown).
     *
     * @throws BodyTooLargeException as soon as more than {@code max} bytes arrive
     */
    public static byte[] readAtMost(InputStream in, long max, long sizeHint) throws IOException {
        int initial = sizeHint > 0 ? (int) Math.min(Math.min(sizeHint, max), Integer.MAX_VALUE - 8) : 8192;
        ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
        copyAtMost(in, out, max);
        return out.toByteArray();
    }

    /**
     * Copies all of {@code in} to {@code out}, at most {@code max} bytes; returns how many.
     *
     * @throws BodyTooLargeException as soon as more than {@code max} bytes arrive (what came before is written)
     */
    public static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                throw new BodyTooLargeException(max);
            }
            out.write(buf, 0, n);
        }
        return total;
    }
}
