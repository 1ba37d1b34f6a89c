package cat.teixit.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The idle lock on a clock the test moves: no sleeps. */
class IdleLockTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T09:00:00Z"));
    final AtomicReference<Duration> timeout = new AtomicReference<>(Duration.ofMinutes(10));
    final IdleLock lock = new IdleLock(clock, timeout::get);

    private void advance(Duration d) {
        clock.millis += d.toMillis();
    }

    @Test
    void locksWhenTheIdleTimeHasPassedAndInputPutsItOff() {
        advance(Duration.ofMinutes(9));
        assertThat(lock.check()).isFalse();
        lock.touch();
        advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(lock.check()).isFalse();
        advance(Duration.ofSeconds(1));
        assertThat(lock.check()).isTrue();
        assertThat(lock.locked()).isTrue();
    }

    @Test
    void inputWhileLockedDoesNotUnlockOnlyThePasswordDoes() {
        lock.lock();
        lock.touch();
        assertThat(lock.check()).isTrue();
        lock.unlocked();
        assertThat(lock.check()).isFalse();
        // The idle time starts again at the unlock.
        advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(lock.check()).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(lock.check()).isTrue();
    }

    @Test
    void aShorterIdleTimeAppliesAtTheNextCheck() {
        advance(Duration.ofMinutes(3));
        assertThat(lock.check()).isFalse();
        timeout.set(Duration.ofMinutes(2));
        assertThat(lock.check()).isTrue();
    }
}
