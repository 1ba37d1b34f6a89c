package cat.teixit.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.documents.SignaturePadViewModel.Capture;
import cat.teixit.gui.documents.SignaturePadViewModel.PadPoint;
import cat.teixit.logic.signature.CapturedSignature;
import cat.teixit.logic.signature.SignerRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pad's state without the toolkit: strokes with their timing, clear, accept once, cancel keeps nothing. */
class SignaturePadViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:15:00Z");
    private final List<Capture> accepted = new ArrayList<>();
    private int cancelled;
    private final SignaturePadViewModel vm = new SignaturePadViewModel(Clock.fixed(NOW, ZoneOffset.UTC), accepted::add,
            () -> cancelled++);

    private void stroke(double x0, long nanos0, int points) {
        vm.penDown(x0, 100, null, nanos0);
        for (int i = 1; i < points; i++) {
            vm.penMove(x0 + i * 5, 100 + i, i % 2 == 0 ? 0.5 : null, nanos0 + i * 8_000_000L);
        }
        vm.penUp();
    }

    @Test
    void strokesKeepTheirPointsTimesAndPressure() {
        long t0 = 5_000_000_000L;
        stroke(10, t0, 6);
        stroke(200, t0 + 1_000_000_000L, 6);
        vm.accept(960, 340);

        assertThat(accepted).singleElement().satisfies(c -> {
            assertThat(c.width()).isEqualTo(960);
            assertThat(c.startedAt()).isEqualTo(NOW);
            assertThat(c.strokes()).hasSize(2);
            assertThat(c.strokes().getFirst().getFirst()).isEqualTo(new PadPoint(10, 100, 0, null));
            assertThat(c.strokes().getFirst().get(2)).isEqualTo(new PadPoint(20, 102, 16, 0.5));
            assertThat(c.strokes().get(1).getFirst().t()).isEqualTo(1000);
        });
    }

    @Test
    void theCaptureBecomesTheSignatureTheSealTakes() {
        stroke(10, 0, 6);
        stroke(200, 1_000_000_000L, 6);
        vm.accept(960, 340);
        CapturedSignature s = accepted.getFirst().toSignature("Núria Pagès Muñoz", SignerRole.PERSON);
        assertThat(s.capturedAt()).isEqualTo(NOW);
        assertThat(s.width()).isEqualTo(960);
        assertThat(s.pointCount()).isEqualTo(12);
        assertThat(s.strokes().getFirst().get(2)).isEqualTo(new CapturedSignature.Point(20, 102, 16, 0.5));
        assertThat(s.strokes().get(1).getFirst()).isEqualTo(new CapturedSignature.Point(200, 100, 1000, null));
    }

    @Test
    void aTapIsNotASignatureAndClearStartsAgain() {
        stroke(10, 0, 3);
        assertThat(vm.canAccept.get()).isFalse();
        vm.accept(960, 340);
        assertThat(accepted).isEmpty();
        stroke(10, 0, 12);
        assertThat(vm.canAccept.get()).isTrue();
        vm.clear();
        assertThat(vm.strokes()).isEmpty();
        assertThat(vm.canAccept.get()).isFalse();
    }

    @Test
    void acceptHandsTheCaptureOverOnceAndCancelKeepsNothing() {
        stroke(10, 0, 12);
        vm.accept(960, 340);
        vm.accept(960, 340);
        vm.cancel();
        assertThat(accepted).hasSize(1);
        assertThat(cancelled).isZero();

        SignaturePadViewModel other = new SignaturePadViewModel(Clock.systemUTC(), accepted::add, () -> cancelled++);
        other.penDown(1, 1, null, 0);
        other.penMove(2, 2, null, 1);
        other.cancel();
        assertThat(other.strokes()).isEmpty();
        assertThat(cancelled).isEqualTo(1);
        assertThat(accepted).hasSize(1);
    }
}
