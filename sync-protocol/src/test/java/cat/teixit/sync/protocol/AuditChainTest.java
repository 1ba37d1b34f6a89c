package cat.teixit.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        long seq = 0;
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditEntry e = AuditChain.next(seq, prev, "d-1", 1_700_000_000_000L + i, "u-1", "laia", "VIEW",
                    "case_file", "cf-" + i, "cf-" + i, null);
            out.add(e);
            seq = e.seq();
            prev = e.hash();
        }
        return out;
    }

    @Test
    void anIntactChainHolds() {
        assertThat(AuditChain.verify(chain(5), 0, AuditChain.GENESIS)).isEmpty();
        List<AuditEntry> c = chain(5);
        assertThat(AuditChain.verify(c.subList(2, 5), 2, c.get(1).hash())).isEmpty();
    }

    @Test
    void aDeletedEntryIsAGap() {
        List<AuditEntry> c = chain(5);
        c.remove(2);
        assertThat(AuditChain.verify(c, 0, AuditChain.GENESIS))
                .containsExactly(new AuditChain.Finding(AuditChain.Problem.GAP, 4));
    }

    @Test
    void anEditedEntryNoLongerFitsItsHash() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(1);
        c.set(1, new AuditEntry(e.deviceId(), e.seq(), e.at(), e.userId(), "montse", e.action(), e.entityType(),
                e.entityId(), e.caseFileId(), e.detail(), e.prevHash(), e.hash()));
        assertThat(AuditChain.verify(c, 0, AuditChain.GENESIS))
                .containsExactly(new AuditChain.Finding(AuditChain.Problem.EDITED, 2));
    }

    @Test
    void anEntryRewrittenWithANewHashBreaksTheNextLink() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(1);
        c.set(1, AuditChain.next(1, e.prevHash(), "d-1", e.at(), e.userId(), "montse", e.action(), e.entityType(),
                e.entityId(), e.caseFileId(), null));
        assertThat(AuditChain.verify(c, 0, AuditChain.GENESIS))
                .containsExactly(new AuditChain.Finding(AuditChain.Problem.BROKEN_LINK, 3));
    }

    @Test
    void swappedEntriesAreReordered() {
        List<AuditEntry> c = chain(5);
        AuditEntry third = c.get(2);
        c.set(2, c.get(3));
        c.set(3, third);
        assertThat(AuditChain.verify(c, 0, AuditChain.GENESIS)).extracting(AuditChain.Finding::problem)
                .contains(AuditChain.Problem.REORDERED).doesNotContain(AuditChain.Problem.GAP);
    }

    @Test
    void theEncodingIsUnambiguous() {
        String a = AuditChain.hash("d", 1, 2, "ab", "c", "VIEW", null, null, null, null, AuditChain.GENESIS);
        String b = AuditChain.hash("d", 1, 2, "a", "bc", "VIEW", null, null, null, null, AuditChain.GENESIS);
        String c = AuditChain.hash("d", 1, 2, "a", "bc", "VIEW", null, null, null, "", AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b);
        assertThat(b).isNotEqualTo(c);
    }

    @Test
    void anyUserNameOfStaffIsKeptButNotControlCharacters() {
        assertThat(AuditChain.next(0, AuditChain.GENESIS, "d-1", 1, null, "núria.pagès", "LOGIN", null, null, null,
                null).hashHolds()).isTrue();
        assertThatThrownBy(() -> AuditChain.next(0, AuditChain.GENESIS, "d-1", 1, null, "a\nb", "LOGIN", null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUploadHoldsOnlyItsDevicesEntries() {
        List<AuditEntry> c = chain(1);
        assertThatThrownBy(() -> new AuditWire.Upload("d-2", c)).isInstanceOf(IllegalArgumentException.class);
    }
}
