package cat.teixit.logic.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.change.HybridClock;
import cat.teixit.model.common.Hlc;
import cat.teixit.testing.ManualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridClockTest {

    @Test
    void neverGoesBackwardsWhenTheWallClockIsSetBack() {
        ManualClock wall = new ManualClock(1_000_000);
        HybridClock clock = new HybridClock(wall, "dev-a", 0, 0);
        List<Hlc> seen = new ArrayList<>();
        seen.add(clock.tick());
        seen.add(clock.tick());
        wall.millis = 500_000;
        seen.add(clock.tick());
        wall.millis = 2_000_000;
        seen.add(clock.tick());
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).isGreaterThan(seen.get(i - 1));
            assertThat(seen.get(i).toString()).isGreaterThan(seen.get(i - 1).toString());
        }
    }

    @Test
    void continuesAfterTheLastPersistedValue() {
        HybridClock clock = new HybridClock(new ManualClock(10), "dev-a", 5_000, 7);
        Hlc next = clock.tick();
        assertThat(next.wallMillis()).isEqualTo(5_000);
        assertThat(next.counter()).isEqualTo(8);
    }

    @Test
    void movesPastRemoteValuesFromTheFuture() {
        HybridClock clock = new HybridClock(new ManualClock(1_000), "dev-a", 0, 0);
        Hlc remote = new Hlc(9_000, 3, "dev-b");
        clock.observe(remote);
        assertThat(clock.tick()).isGreaterThan(remote);
    }

    @Test
    void aForgedValueFromTheFarFutureIsFollowedOnlyAsFarAsTheDriftCap() {
        ManualClock wall = new ManualClock(1_764_000_000_000L);
        HybridClock clock = new HybridClock(wall, "dev-a", 0, 0);
        clock.observe("fffffffffffff-ffff-x");
        Hlc next = clock.tick();
        assertThat(next.wallMillis()).isLessThanOrEqualTo(wall.millis + HybridClock.MAX_OBSERVED_DRIFT_MILLIS);
        for (int i = 0; i < 70_000; i++) {
            assertThat(clock.tick()).isGreaterThan(next);
        }
        // A value a little ahead (another device's clock runs fast) is still moved past.
        Hlc fast = new Hlc(wall.millis + 60_000, 5, "dev-b");
        clock.observe(fast);
        assertThat(clock.tick()).isGreaterThan(fast);
    }

    @Test
    void aClockAlreadyAtTheEndOfItsRangeStartsAgainInsteadOfThrowing() {
        ManualClock wall = new ManualClock(1_764_000_000_000L);
        HybridClock clock = new HybridClock(wall, "dev-a", 0xF_FFFF_FFFF_FFFFL, 0xFFFF);
        assertThat(clock.tick().wallMillis()).isEqualTo(wall.millis);
    }

    @Test
    void textFormRoundTripsAndRejectsGarbage() {
        Hlc h = new Hlc(1_764_000_000_000L, 42, "0199a3b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b");
        assertThat(Hlc.parse(h.toString())).isEqualTo(h);
        assertThatThrownBy(() -> Hlc.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hlc.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
