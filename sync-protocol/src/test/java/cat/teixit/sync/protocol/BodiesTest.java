package cat.teixit.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodiesTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws Exception {
        byte[] body = bytes(200_000);
        assertThat(Bodies.readAtMost(new ByteArrayInputStream(body), body.length, 0)).isEqualTo(body);
        assertThat(Bodies.readAtMost(new ByteArrayInputStream(body), body.length, body.length)).isEqualTo(body);
    }

    @Test
    void oneByteOverTheLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> Bodies.readAtMost(new ByteArrayInputStream(bytes(1025)), 1024, 0))
                .isInstanceOfSatisfying(BodyTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(1024));
    }

    @Test
    void aSizeHintLargerThanTheLimitDoesNotReserveMoreThanTheLimit() throws Exception {
        // A peer may declare any length; only the limit decides what is held.
        assertThat(Bodies.readAtMost(new ByteArrayInputStream(bytes(10)), 1024, Long.MAX_VALUE)).hasSize(10);
    }

    @Test
    void aCopyStopsAtTheLimitAndCountsWhatItCopied() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Bodies.copyAtMost(new ByteArrayInputStream(bytes(70_000)), out, 70_000)).isEqualTo(70_000);
        assertThat(out.size()).isEqualTo(70_000);

        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Bodies.copyAtMost(new ByteArrayInputStream(bytes(200_000)), cut, 100_000))
                .isInstanceOf(BodyTooLargeException.class);
        assertThat(cut.size()).as("never more than the limit written").isLessThanOrEqualTo(100_000);
    }
}
