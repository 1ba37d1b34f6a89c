package cat.teixit.server.blob;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.db.Sql;
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

    /** The committed blob, else the caller's own upload under way (another user's partial upload is not shown). */
    public Status status(Principal who, String scope, String sha256) throws SQLException {
        check(who, scope, sha256, false);
        try (Connection c = db.connection()) {
            Long committed = blobSize(c, scope, sha256);
            if (committed != null) {
                BitSet all = new BitSet();
                all.set(0, chunkCount(committed));
                return new Status(true, true, committed, all);
            }
            Long size = uploadSize(c, who, scope, sha256, false);
            if (size == null) {
                return new Status(false, false, 0, new BitSet());
            }
            BitSet chunks = new BitSet();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT idx FROM blob_upload_chunk WHERE scope = ? AND sha256 = ? AND uploader = ?")) {
                bindUpload(ps, scope, sha256, who);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chunks.set(rs.getInt(1));
                    }
                }
            }
            return new Status(true, false, size, chunks);
        }
    }

    private static void bindUpload(PreparedStatement ps, String scope, String sha256, Principal who)
            throws SQLException {
        ps.setString(1, scope);
        ps.setString(2, sha256);
        ps.setLong(3, who.userId());
    }

    /** The size of the committed blob, or null when there is none. */
    private static Long blobSize(Connection c, String scope, String sha256) throws SQLException {
        return Sql.first(c, "SELECT size FROM blob WHERE scope = ? AND sha256 = ? AND committed", rs -> rs.getLong(1),
                scope, sha256);
    }

    /** The size of the caller's own upload under way (its row locked when {@code lock}), or null when none. */
    private static Long uploadSize(Connection c, Principal who, String scope, String sha256, boolean lock)
            throws SQLException {
        return Sql.first(c, "SELECT size FROM blob_upload WHERE scope = ? AND sha256 = ? AND uploader = ?"
                + (lock ? " FOR UPDATE" : ""), rs -> rs.getLong(1), scope, sha256, who.userId());
    }

    /**
     * Stores one chunk of the caller's own upload; resending a chunk replaces it. Nothing to do once the blob is
     * committed. Each uploader has an upload of their own, so nobody can hold a hash for others with a wrong size.
     */
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
            if (blobSize(c, scope, sha256) != null) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO blob_upload (scope, sha256, uploader, size) VALUES (?, ?, ?, ?)
                    ON CONFLICT (scope, sha256, uploader) DO UPDATE SET touched_at = now()
                    RETURNING size""")) {
                bindUpload(ps, scope, sha256, who);
                ps.setLong(4, size);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != size) {
                        throw new ApiException(ErrorCode.BLOB_SIZE_MISMATCH, "your upload under way has another size");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO blob_upload_chunk (scope, sha256, uploader, idx, data) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (scope, sha256, uploader, idx) DO UPDATE SET data = EXCLUDED.data""")) {
                bindUpload(ps, scope, sha256, who);
                ps.setInt(4, index);
                ps.setBytes(5, data);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Hashes the caller's chunks in order and, when the content matches its address, commits the blob for
     * everyone; a mismatch discards that upload so the client uploads again.
     */
    public void commit(Principal who, String scope, String sha256, long size) throws SQLException {
        check(who, scope, sha256, true);
        Boolean ok = db.inTransaction(c -> {
            if (blobSize(c, scope, sha256) != null) {
                return true;
            }
            Long uploaded = uploadSize(c, who, scope, sha256, true);
            if (uploaded == null) {
                throw new ApiException(ErrorCode.CHUNKS_MISSING, "no chunk uploaded");
            }
            if (uploaded != size) {
                throw new ApiException(ErrorCode.BLOB_SIZE_MISMATCH, "size differs from the uploaded chunks");
            }
            MessageDigest md = Hashing.sha256();
            int expected = 0;
            long total = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT idx, data FROM blob_upload_chunk WHERE scope = ? AND sha256 = ? AND uploader = ?
                    ORDER BY idx""")) {
                ps.setFetchSize(4);
                bindUpload(ps, scope, sha256, who);
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
            if (matches) {
                publish(c, who, scope, sha256, size);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM blob_upload WHERE scope = ? AND sha256 = ? AND uploader = ?")) {
                bindUpload(ps, scope, sha256, who);
                ps.executeUpdate();
            }
            return matches;
        });
        if (!ok) {
            throw new ApiException(ErrorCode.HASH_MISMATCH, "content does not match its SHA-256; upload again");
        }
    }

    /** Makes a verified upload the scope's blob (unless another upload of the same content was committed first). */
    private static void publish(Connection c, Principal who, String scope, String sha256, long size)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO blob (scope, sha256, size, committed, created_by, committed_at)
                VALUES (?, ?, ?, true, ?, now()) ON CONFLICT (scope, sha256) DO NOTHING""")) {
            ps.setString(1, scope);
            ps.setString(2, sha256);
            ps.setLong(3, size);
            ps.setLong(4, who.userId());
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO blob_chunk (scope, sha256, idx, data)
                SELECT scope, sha256, idx, data FROM blob_upload_chunk WHERE scope = ? AND sha256 = ? AND uploader = ?""")) {
            bindUpload(ps, scope, sha256, who);
            ps.executeUpdate();
        }
        // Others' uploads of the same content are no longer needed: their next HEAD says committed.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_upload WHERE scope = ? AND sha256 = ?")) {
            ps.setString(1, scope);
            ps.setString(2, sha256);
            ps.executeUpdate();
        }
    }

    /** Discards the uploads untouched since {@code before} (abandoned); returns how many. */
    public int discardUploadsUntouchedSince(java.time.Instant before) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM blob_upload WHERE touched_at < ?")) {
            ps.setTimestamp(1, java.sql.Timestamp.from(before));
            return ps.executeUpdate();
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
