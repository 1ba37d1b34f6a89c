package cat.teixit.sync.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The hash chain of a device's audit trail, the same on the workstation and on the server: the canonical encoding
 * an entry's hash covers, making the next entry, and checking a run of entries (docs/decisions/0026). Stateless.
 */
public final class AuditChain {

    /** The {@code prevHash} of a device's first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "teixit-audit-1";

    private AuditChain() {
    }

    /** What a check found wrong at one entry. */
    public enum Problem {
        /** Entries are missing before this one (deleted). */
        GAP,
        /** The entry's content no longer fits its hash (edited). */
        EDITED,
        /** The entry stands out of its numbered place (moved). */
        REORDERED,
        /** The entry fits its hash but not the previous entry's (an entry before it was replaced). */
        BROKEN_LINK
    }

    /** One problem found at the entry numbered {@code seq}. */
    public record Finding(Problem problem, long seq) {
    }

    /**
     * The bytes an entry's hash covers: a version tag, then every field but the hash itself in a fixed order, each
     * as its UTF-8 length (4 bytes, -1 for null) and bytes; numbers as 8 bytes. Nothing is ambiguous.
     */
    public static byte[] canonical(String deviceId, long seq, long at, String userId, String userName, String action,
            String entityType, String entityId, String caseFileId, String detail, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        text(out, VERSION);
        text(out, deviceId);
        out.writeBytes(ByteBuffer.allocate(16).putLong(seq).putLong(at).array());
        for (String s : new String[] {userId, userName, action, entityType, entityId, caseFileId, detail, prevHash}) {
            text(out, s);
        }
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String s) {
        if (s == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }

    /** The hash {@code e} should carry (its own {@code hash} is not read). */
    public static String hashOf(AuditEntry e) {
        return hash(e.deviceId(), e.seq(), e.at(), e.userId(), e.userName(), e.action(), e.entityType(), e.entityId(),
                e.caseFileId(), e.detail(), e.prevHash());
    }

    /** The lower-case hex SHA-256 of the canonical encoding of these fields. */
    public static String hash(String deviceId, long seq, long at, String userId, String userName, String action,
            String entityType, String entityId, String caseFileId, String detail, String prevHash) {
        return HexFormat.of().formatHex(Hashing.sha256().digest(canonical(deviceId, seq, at, userId, userName, action,
                entityType, entityId, caseFileId, detail, prevHash)));
    }

    /** The entry following one whose number and hash are {@code prevSeq} and {@code prevHash} (0 and genesis first). */
    public static AuditEntry next(long prevSeq, String prevHash, String deviceId, long at, String userId,
            String userName, String action, String entityType, String entityId, String caseFileId, String detail) {
        long seq = prevSeq + 1;
        String h = hash(deviceId, seq, at, userId, userName, action, entityType, entityId, caseFileId, detail,
                prevHash);
        return new AuditEntry(deviceId, seq, at, userId, userName, action, entityType, entityId, caseFileId, detail,
                prevHash, h);
    }

    /**
     * Checks {@code entries} of one device, in the order they were stored, as following an entry numbered {@code
     * afterSeq} whose hash is {@code afterHash} (0 and {@link #GENESIS} for a whole trail). Empty when the chain
     * holds.
     */
    public static List<Finding> verify(List<AuditEntry> entries, long afterSeq, String afterHash) {
        List<Finding> found = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        entries.forEach(e -> present.add(e.seq()));
        long expected = afterSeq + 1;
        String prevHash = afterHash;
        for (AuditEntry e : entries) {
            boolean flagged = false;
            if (!e.hashHolds()) {
                found.add(new Finding(Problem.EDITED, e.seq()));
                flagged = true;
            }
            if (e.seq() < expected) {
                found.add(new Finding(Problem.REORDERED, e.seq()));
                flagged = true;
            } else if (e.seq() > expected) {
                boolean movedLater = false;
                for (long s = expected; s < e.seq() && !movedLater; s++) {
                    movedLater = present.contains(s);
                }
                found.add(new Finding(movedLater ? Problem.REORDERED : Problem.GAP, e.seq()));
                flagged = true;
            }
            if (!flagged && !e.prevHash().equals(prevHash)) {
                found.add(new Finding(Problem.BROKEN_LINK, e.seq()));
            }
            expected = Math.max(expected, e.seq() + 1);
            prevHash = e.hash();
        }
        return found;
    }
}
