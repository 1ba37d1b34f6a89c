package cat.teixit.sync.protocol;

import java.util.List;
import java.util.Objects;

/** The audit trail's request and answer bodies (docs/sync-protocol.md §10). Immutable records. */
public final class AuditWire {

    /** At most this many entries in one upload. */
    public static final int MAX_ENTRIES = 500;

    private AuditWire() {
    }

    /** POST /audit: the next entries of the session's device, in the order the device stored them. */
    public record Upload(String deviceId, List<AuditEntry> entries) {
        public Upload {
            Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
            entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
            for (AuditEntry e : entries) {
                if (!e.deviceId().equals(deviceId)) {
                    throw new IllegalArgumentException("an entry of another device");
                }
            }
        }
    }

    /**
     * Answer to POST /audit and GET /audit/state: the highest entry number the server holds of the device (0: none),
     * and how many findings (gaps, edits, reorders) it has recorded about the device's chain.
     */
    public record Received(long lastSeq, long findings) {
    }

    /** An entry as the server serves it to a team lead, with the problem the server found at it (or null). */
    public record Served(AuditEntry entry, long receivedAt, String problem) {
        public Served {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Answer to GET /audit/entries. */
    public record Entries(List<Served> entries) {
        public Entries {
            entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        }
    }

    /** A problem the server found in a device's chain. */
    public record Finding(String deviceId, long seq, String problem, long foundAt) {
    }

    /** Answer to GET /audit/findings. */
    public record Findings(List<Finding> findings) {
        public Findings {
            findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        }
    }
}
