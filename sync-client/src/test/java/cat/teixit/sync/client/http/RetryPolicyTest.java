package cat.teixit.sync.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The retry schedule of docs/sync-protocol.md §2, computed without waiting. */
class RetryPolicyTest {

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void theDocumentedBudgetIsSixTriesWithWaitsFromAQuarterSecondUpToTwentySeconds() {
        assertThat(RetryPolicy.DEFAULT).isEqualTo(new RetryPolicy(6, ms(250), Duration.ofSeconds(20)));
        assertThat(TransportConfig.defaults(java.net.URI.create("https://sync.example"), "dev-1").retry())
                .isSameAs(RetryPolicy.DEFAULT);
    }

    @Test
    void theLongestWaitDoublesAfterEachFailedTryUntilTheCap() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(RetryPolicy.DEFAULT::ceiling).map(Duration::toMillis))
                .containsExactly(250L, 500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 20_000L, 20_000L, 20_000L);
        assertThat(RetryPolicy.DEFAULT.ceiling(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofSeconds(20));
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachWaitIsDrawnBetweenHalfAndAllOfItsLongestWait() {
        SplittableRandom random = new SplittableRandom(7);
        for (int failed = 1; failed <= 9; failed++) {
            long ceiling = RetryPolicy.DEFAULT.ceiling(failed).toMillis();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                long wait = RetryPolicy.DEFAULT.delay(failed, null, random).toMillis();
                assertThat(wait).as("wait after %d failed tries", failed).isBetween(ceiling / 2, ceiling);
                seen.add(wait);
            }
            assertThat(seen).as("jitter after %d failed tries", failed).hasSizeGreaterThan(20);
        }
    }

    @Test
    void aLongerRetryAfterIsHonouredUpToTheCapAndAShorterOneChangesNothing() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(RetryPolicy.DEFAULT.delay(1, Duration.ofSeconds(3), random)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryPolicy.DEFAULT.delay(1, Duration.ofSeconds(120), random)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RetryPolicy.DEFAULT.delay(5, Duration.ofSeconds(Long.MAX_VALUE), random))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(RetryPolicy.DEFAULT.delay(5, Duration.ZERO, random).toMillis()).isBetween(2_000L, 4_000L);
    }

    @Test
    void aPolicyWithoutTriesOrWithACapBelowItsBaseIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, ms(250), ms(500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, ms(0), ms(500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, ms(600), ms(500))).isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.DEFAULT.withBackoff(ms(1), ms(8))).isEqualTo(new RetryPolicy(6, ms(1), ms(8)));
    }
}
