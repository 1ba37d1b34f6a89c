package cat.teixit.sync.client;

import java.util.BitSet;

/** What the server holds of one attachment: nothing, some chunks, or all of it, verified. Immutable. */
public record BlobStatus(State state, long size, BitSet chunks) {

    /** Upload state of a blob on the server. */
    public enum State {
        ABSENT, PARTIAL, COMMITTED
    }

    public BlobStatus {
        chunks = (BitSet) chunks.clone();
    }

    public boolean hasChunk(int index) {
        return chunks.get(index);
    }

    @Override
    public BitSet chunks() {
        return (BitSet) chunks.clone();
    }
}
