package cat.teixit.sync.client;

import java.time.Duration;
import java.util.List;

/** What one completed sync did, in counts; no personal data. Immutable. */
public record SyncReport(int opsPushed, int applied, int duplicates, int rejected, int conflicts, int recordsPulled,
        int pagesPulled, int blobsUploaded, List<PurgeReport> purges, Duration elapsed) {

    public SyncReport {
        purges = List.copyOf(purges);
    }
}
