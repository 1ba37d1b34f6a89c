package cat.teixit.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.gui.documents.SignaturePadViewModel.Capture;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.signature.SealFixtures;
import cat.teixit.logic.signature.SignatureService;
import cat.teixit.logic.signature.SignerRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The signature pad's window driven like a signer (mouse drags on the signing area, the buttons, Escape, F11), and
 * the verification screen showing a sealed document, on JavaFX's headless platform.
 */
@Tag("gui")
class SignatureScreensGuiTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final List<Capture> accepted = new ArrayList<>();
    private final AtomicInteger cancelled = new AtomicInteger();
    private SignaturePadView pad;
    private SignaturePadViewModel vm;

    @AfterEach
    void close() throws Exception {
        if (pad != null) {
            FxToolkit.setupFixture(pad::close);
        }
    }

    private void openPad() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            vm = new SignaturePadViewModel(Clock.systemUTC(), accepted::add, cancelled::incrementAndGet);
            pad = new SignaturePadView(vm, new I18n(Language.CATALAN), null, "Pla d’intervenció", "Núria Pagès Muñoz",
                    "04/12/2026", null);
            pad.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void sign() {
        robot.drag("#signature-canvas").moveBy(60, 20).moveBy(60, -30).moveBy(80, 25).moveBy(40, -10).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePadShowsWhatWhoAndWhenAndAcceptsADrawnSignature() throws Exception {
        openPad();
        Scene scene = pad.stage().getScene();
        List<String> texts = scene.getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).anyMatch(t -> t.contains("Pla d’intervenció"));
        assertThat(texts).anyMatch(t -> t.contains("Núria Pagès Muñoz") && t.contains("04/12/2026"));
        Button accept = (Button) scene.lookup("#signature-accept");
        Button clear = (Button) scene.lookup("#signature-clear");
        assertThat(accept.getHeight()).isGreaterThanOrEqualTo(52);
        assertThat(clear.getHeight()).isGreaterThanOrEqualTo(52);
        assertThat(accept.isDisabled()).isTrue();

        sign();
        assertThat(vm.points.get()).isGreaterThanOrEqualTo(SignaturePadViewModel.MIN_POINTS);
        robot.clickOn("#signature-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.strokes()).isEmpty();
        assertThat(accept.isDisabled()).isTrue();

        sign();
        robot.clickOn("#signature-accept");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accepted).singleElement().satisfies(c -> {
            assertThat(c.strokes()).hasSize(1);
            assertThat(c.strokes().getFirst().size()).isGreaterThanOrEqualTo(SignaturePadViewModel.MIN_POINTS);
            assertThat(c.width()).isEqualTo(SignaturePadView.WIDTH);
            assertThat(c.toSignature("Núria Pagès Muñoz", SignerRole.PERSON).pointCount())
                    .isEqualTo(c.strokes().getFirst().size());
        });
        assertThat(cancelled.get()).isZero();

        // What the pad captured is what the seal encrypts for the custodian, and the document verifies.
        var signature = accepted.getFirst().toSignature("Núria Pagès Muñoz", SignerRole.PERSON);
        byte[] sealed = SealFixtures.demoService().sign(SealFixtures.pdfA3b("Pla d’intervenció", 1), signature);
        assertThat(new cat.teixit.logic.signature.SignatureVerifier().verify(sealed).valid()).isTrue();
        assertThat(SealFixtures.decryptedPenData(sealed)).containsExactly(signature);
    }

    @Test
    void escapeCancelsAndKeepsNothingAndF11TogglesFullScreen() throws Exception {
        openPad();
        Stage stage = pad.stage();
        robot.clickOn("#signature-canvas");
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isFalse();

        sign();
        assertThat(vm.strokes()).isNotEmpty();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancelled.get()).isEqualTo(1);
        assertThat(vm.strokes()).isEmpty();
        assertThat(accepted).isEmpty();
    }

    @Test
    void theVerificationScreenSaysASealedDocumentIsValidAndWhoSigned() throws Exception {
        SignatureService service = SealFixtures.demoService();
        Path pdf = Files.write(dir.resolve("acord.pdf"), SealFixtures.pdfA3b("Acord", 1));
        service.sign(pdf, SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON), pdf);
        Stage stage = FxToolkit.registerPrimaryStage();
        VerificationViewModel model = new VerificationViewModel(service, new SameThreadUiExecutor());
        FxToolkit.setupFixture(() -> {
            VerificationView view = new VerificationView(model, new I18n(Language.CATALAN));
            stage.setScene(new Scene((javafx.scene.Parent) view.node(), 800, 600));
            stage.show();
            model.verify(pdf);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node root = stage.getScene().getRoot();
        assertThat(((Label) root.lookup("#verify-verdict")).getText()).startsWith("Segell vàlid");
        assertThat(((Label) root.lookup("#verify-document")).getText()).contains("Acord", "1 pàgines");
        assertThat(root.lookup("#verify-signatures").lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.startsWith("Núria Pagès Muñoz (persona atesa)"))
                .contains("Signatura íntegra");

        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-'});
        FxToolkit.setupFixture(() -> model.verify(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) root.lookup("#verify-verdict")).getText()).isEqualTo("Aquest fitxer no és un PDF.");
        FxToolkit.setupFixture(stage::hide);
    }
}
