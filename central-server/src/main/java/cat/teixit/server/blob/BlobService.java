package cat.teixit.server.blob;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.Validation;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.HexFormat;

/**
 * Content-addressed attachments per scope, uploaded in fixed-size chunks that can be resent and
 * resumed; the whole content is hashed and checked against its address before it is committed and
 * can be downloaded. Chunks live in PostgreSQL so that every server instance sees them. Thread-safe.
 */
public final class BlobService {

    /** What the server holds of one blob. */
    public record Status(boolean exists, boolean committed, long size, BitSet chunks) {
    }

    private final Database db;

    public BlobService(Database db) {
        this.db = db;
    }

    private static void check(Principal who, String scope, String sha256, boolean write) {
        if (!Validation.matches(Validation.SCOPE, scope) || !Validation.matches(Validation.SHA256, sha256)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "invalid scope or hash");
        }
        if (write ? !who.canWrite(scope) : !who.canRead(scope)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "scope not held");
        }
    }

    public static int chunkCount(long size) {
        return (int) Math.max(1, (size + Protocol.CHUNK_SIZE - 1) / Protocol.CHUNK_SIZE);
    }

    public Status status(Principal who, String scope, String sha256) throws SQLException {
        check(who, scope, sha256, false);
        try (Connection c = db.connection()) {
            long size;
            boolean committed;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT size, committed FROM blob WHERE scope = ? AND sha256 = ?")) {
                ps.setString(1, scope);
                ps.setString(2, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new Status(false, false, 0, new BitSet());
                    }
                    size = rs.getLong(1);
                    committed = rs.getBoolean(2);
                }
            }
            BitSet chunks = new BitSet();
            if (committed) {
                chunks.set(0, chunkCount(size));
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT idx FROM blob_chunk WHERE scope = ? AND sha256 = ?")) {
                    ps.setString(1, scope);
                    ps.setString(2, sha256);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            chunks.set(rs.getInt(1));
                        }
                    }
                }
            }
            return new Status(true, committed, size, chunks);
        }
    }

    /** Stores one chunk; resending a chunk replaces it. Nothing to do once the blob is committed. */
    public void putChunk(Principal who, String scope, String sha256, long size, int index, byte[] data,
            String chunkSha256) throws SQLException {
        check(who, scope, sha256, true);
        if (size < 0 || size > Protocol.MAX_BLOB_BYTES) {
            throw new ApiException(ErrorCode.BLOB_TOO_LARGE, "at most " + Protocol.MAX_BLOB_BYTES + " bytes");
        }
        int chunks = chunkCount(size);
        if (index < 0 || index >= chunks) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "chunk index out of range");
        }
        long expected = index < chunks - 1 ? Protocol.CHUNK_SIZE : size - (long) (chunks - 1) * Protocol.CHUNK_SIZE;
        if (data.length != expected) {
            throw new ApiException(ErrorCode.BAD_CHUNK_SIZE, "chunk " + index + " must be " + expected + " bytes");
        }
        if (chunkSha256 == null || !Hashing.sha256Hex(data).equals(chunkSha256)) {
            throw new ApiException(ErrorCode.CHUNK_HASH_MISMATCH, "chunk content does not match its hash");
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO blob (scope, sha256, size, created_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (scope, sha256) DO NOTHING""")) {
                ps.setString(1, scope);
                ps.setString(2, sha256);
                ps.setLong(3, size);
                ps.setLong(4, who.userId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT size, committed FROM blob WHERE scope = ? AND sha256 = ? FOR UPDATE")) {
                ps.setString(1, scope);
                ps.setString(2, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(2)) {
                        return null;
                    }
                    if (rs.getLong(1) != size) {
                        throw new ApiException(ErrorCode.BLOB_SIZE_MISMATCH, "an upload of another size is under way");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO blob_chunk (scope, sha256, idx, data) VALUES (?, ?, ?, ?)
                    ON CONFLICT (scope, sha256, idx) DO UPDATE SET data = EXCLUDED.data""")) {
                ps.setString(1, scope);
                ps.setString(2, sha256);
                ps.setInt(3, index);
                ps.setBytes(4, data);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Hashes the chunks in order and commits the blob when the content matches its address; a mismatch
     * discards the chunks so the client uploads again.
     */
    public void commit(Principal who, String scope, String sha256, long size) throws SQLException {
        check(who, scope, sha256, true);
        Boolean ok = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT size, committed FROM blob WHERE scope = ? AND sha256 = ? FOR UPDATE")) {
                ps.setString(1, scope);
                ps.setString(2, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ApiException(ErrorCode.CHUNKS_MISSING, "no chunk uploaded");
                    }
                    if (rs.getBoolean(2)) {
                        return true;
                    }
                    if (rs.getLong(1) != size) {
                        throw new ApiException(ErrorCode.BLOB_SIZE_MISMATCH, "size differs from the uploaded chunks");
                    }
                }
            }
            MessageDigest md = Hashing.sha256();
            int expected = 0;
            long total = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT idx, data FROM blob_chunk WHERE scope = ? AND sha256 = ? ORDER BY idx")) {
                ps.setFetchSize(4);
                ps.setString(1, scope);
                ps.setString(2, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(1) != expected) {
                            break;
                        }
                        byte[] data = rs.getBytes(2);
                        md.update(data);
                        total += data.length;
                        expected++;
                    }
                }
            }
            if (expected != chunkCount(size)) {
                throw new ApiException(ErrorCode.CHUNKS_MISSING, "chunk " + expected + " is missing");
            }
            boolean matches = total == size && HexFormat.of().formatHex(md.digest()).equals(sha256);
            if (!matches) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob WHERE scope = ? AND sha256 = ?")) {
                    ps.setString(1, scope);
                    ps.setString(2, sha256);
                    ps.executeUpdate();
                }
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE blob SET committed = true, committed_at = now() WHERE scope = ? AND sha256 = ?")) {
                ps.setString(1, scope);
                ps.setString(2, sha256);
                ps.executeUpdate();
            }
            return true;
        });
        if (!ok) {
            throw new ApiException(ErrorCode.HASH_MISMATCH, "content does not match its SHA-256; upload again");
        }
    }

    /** The size of a committed blob, or -1 when there is none to download. */
    public long committedSize(Principal who, String scope, String sha256) throws SQLException {
        Status s = status(who, scope, sha256);
        return s.committed() ? s.size() : -1;
    }

    /** Streams a committed blob, chunk by chunk. */
    public void write(String scope, String sha256, OutputStream out) throws SQLException, IOException {
        write(scope, sha256, 0, out);
    }

    /** Writes a committed blob's bytes from byte {@code from} on (a download resumed after a cut). */
    public void write(String scope, String sha256, long from, OutputStream out) throws SQLException, IOException {
        // Every chunk but the last holds exactly CHUNK_SIZE bytes: the first one needed is known.
        int firstChunk = (int) (from / Protocol.CHUNK_SIZE);
        int skip = (int) (from % Protocol.CHUNK_SIZE);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data FROM blob_chunk WHERE scope = ? AND sha256 = ? AND idx >= ? ORDER BY idx")) {
                ps.setFetchSize(2);
                ps.setString(1, scope);
                ps.setString(2, sha256);
                ps.setInt(3, firstChunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] data = rs.getBytes(1);
                        out.write(data, skip, data.length - skip);
                        skip = 0;
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
