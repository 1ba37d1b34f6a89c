package cat.teixit.persistence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Attachments' content encrypted at rest (docs/encryption.md): AES-256-GCM in chunks, so a file of any size is
 * written and read with one chunk in memory. The layout:
 * <pre>
 *   header   "TXA" 0x01, then 16 random bytes (the file's salt)            20 bytes
 *   chunk i  AES-GCM(fileKey, nonce, aad) of 64 KiB of content, + 16-byte tag
 *   …        the last chunk holds 0 to 64 KiB (0 only for an empty file)
 * </pre>
 * {@code fileKey} = HMAC-SHA256(the attachments' key, salt): each file has its own key, so nonces never repeat
 * under one key. {@code nonce} = the chunk's number (8 bytes) and a last-chunk flag (4 bytes): chunks cannot be
 * reordered, dropped or appended, and a file cut after a chunk fails (no chunk says it was the last). {@code aad} =
 * the header, and for the last chunk also the SHA-256 of the whole content: a file read under another attachment's
 * name fails too. Any failure is a {@link DamagedException}.
 */
public final class SealedStreams {

    static final int CHUNK = 64 * 1024;
    static final int TAG = 16;
    private static final byte[] MAGIC = {'T', 'X', 'A', 1};
    static final int HEADER = MAGIC.length + 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedStreams() {
    }

    /** Whether {@code head} (a file's first bytes) starts like a sealed file. */
    static boolean looksSealed(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Seals what is written to it into {@code out}; {@link Sealing#sha256()} once closed. */
    static Sealing seal(OutputStream out, byte[] key) throws IOException {
        return new Sealing(out, key);
    }

    /** The content of the sealed stream {@code in}, whose content's SHA-256 must be {@code sha256}. */
    static InputStream open(InputStream in, byte[] key, byte[] sha256) throws IOException {
        return new Opening(in, key, sha256);
    }

    private static Cipher cipher(int mode, byte[] fileKey, long chunk, boolean last) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).putLong(chunk).putInt(last ? 1 : 0).array();
            c.init(mode, new SecretKeySpec(fileKey, "AES"), new GCMParameterSpec(TAG * 8, nonce));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fileKey(byte[] key, byte[] header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("file".getBytes(StandardCharsets.US_ASCII));
            mac.update(header, MAGIC.length, HEADER - MAGIC.length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new SHA-256. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The writing side. Not thread-safe. */
    static final class Sealing extends FilterOutputStream {
        private final byte[] header = new byte[HEADER];
        private final byte[] fileKey;
        private final byte[] buffer = new byte[CHUNK];
        private final MessageDigest digest = newDigest();
        private int filled;
        private long chunk;
        private byte[] sha256;
        private long size;

        private Sealing(OutputStream out, byte[] key) throws IOException {
            super(out);
            System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
            byte[] salt = new byte[HEADER - MAGIC.length];
            RANDOM.nextBytes(salt);
            System.arraycopy(salt, 0, header, MAGIC.length, salt.length);
            this.fileKey = fileKey(key, header);
            out.write(header);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (sha256 != null) {
                throw new IOException("closed");
            }
            digest.update(b, off, len);
            size += len;
            while (len > 0) {
                if (filled == CHUNK) {
                    // More follows: the full chunk is not the last.
                    seal(false);
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, fileKey, chunk++, last);
            c.updateAAD(header);
            if (last) {
                c.updateAAD(sha256);
            }
            try {
                out.write(c.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            filled = 0;
        }

        @Override
        public void flush() {
            // Chunks are written whole; the last one at close.
        }

        @Override
        public void close() throws IOException {
            if (sha256 == null) {
                sha256 = digest.digest();
                try {
                    seal(true);
                    Arrays.fill(buffer, (byte) 0);
                } finally {
                    out.close();
                }
            }
        }

        /** The SHA-256 of the content written, once closed. */
        byte[] sha256() {
            if (sha256 == null) {
                throw new IllegalStateException("not closed");
            }
            return sha256.clone();
        }

        /** How many bytes of content were written. */
        long size() {
            return size;
        }
    }

    /** The reading side: each chunk is authenticated before any of its bytes is given out. Not thread-safe. */
    private static final class Opening extends InputStream {
        private final InputStream in;
        private final byte[] key;
        private final byte[] sha256;
        private byte[] header;
        private byte[] fileKey;
        private final byte[] sealed = new byte[CHUNK + TAG + 1];
        private int carried;
        private byte[] plain = new byte[0];
        private int pos;
        private long chunk;
        private boolean ended;

        private Opening(InputStream in, byte[] key, byte[] sha256) {
            this.in = in;
            this.key = key;
            this.sha256 = sha256.clone();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == plain.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return plain.length - pos;
        }

        private void next() throws IOException {
            if (header == null) {
                header = in.readNBytes(HEADER);
                if (header.length < HEADER || !looksSealed(header)) {
                    throw new DamagedException();
                }
                fileKey = fileKey(key, header);
            }
            // A full chunk and one byte more: the byte says whether another chunk follows.
            int want = CHUNK + TAG + 1;
            int got = carried + in.readNBytes(sealed, carried, want - carried);
            boolean last = got < want;
            int length = last ? got : CHUNK + TAG;
            if (length < TAG) {
                throw new DamagedException();
            }
            Cipher c = cipher(Cipher.DECRYPT_MODE, fileKey, chunk++, last);
            c.updateAAD(header);
            if (last) {
                c.updateAAD(sha256);
            }
            try {
                plain = c.doFinal(sealed, 0, length);
            } catch (GeneralSecurityException e) {
                throw new DamagedException();
            }
            pos = 0;
            if (last) {
                ended = true;
                carried = 0;
            } else {
                sealed[0] = sealed[CHUNK + TAG];
                carried = 1;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A sealed file that does not authenticate: changed, cut, swapped, or not sealed with this key. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedException() {
            super("attachment content does not authenticate");
        }
    }
}
