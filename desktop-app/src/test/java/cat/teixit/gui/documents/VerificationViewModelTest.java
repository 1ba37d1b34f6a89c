package cat.teixit.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.signature.SealFixtures;
import cat.teixit.logic.signature.SignatureService;
import cat.teixit.logic.signature.SignerRole;
import cat.teixit.logic.signature.VerificationReport;
import cat.teixit.logic.signature.VerificationReport.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification screen's state, without the toolkit, on real files sealed with the demo keys. */
class VerificationViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aSealedDocumentShowsItsVerdictWhatAndWhoAndAChangedOneIsBroken() throws Exception {
        SignatureService service = SealFixtures.demoService();
        Path pdf = Files.write(dir.resolve("acord.pdf"), SealFixtures.pdfA3b("Acord", 1));
        VerificationViewModel vm = new VerificationViewModel(service, new SameThreadUiExecutor());

        vm.verify(pdf);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NO_SEAL);
        assertThat(vm.valid()).isFalse();

        service.sign(pdf, SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON), pdf);
        service.sign(pdf, SealFixtures.signature("Laia Ferrer", SignerRole.PROFESSIONAL), pdf);
        vm.verify(pdf);
        assertThat(vm.valid()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.fileProperty().get()).isEqualTo(pdf);
        assertThat(vm.documentProperty().get().title()).isEqualTo("Acord");
        assertThat(vm.signatures()).extracting(VerificationReport.Signature::signer)
                .containsExactly("Núria Pagès Muñoz", "Laia Ferrer");
        assertThat(VerificationViewModel.verdictKey(vm.statusProperty().get())).isEqualTo("verify.status.valid");
        assertThat(VerificationViewModel.roleKey(vm.signatures().get(1).role())).isEqualTo("verify.role.professional");

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x10;
        Path changed = Files.write(dir.resolve("changed.pdf"), bytes);
        vm.verify(changed);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.BROKEN);
        assertThat(vm.signatures()).anyMatch(s -> !s.intact());

        vm.verify(dir.resolve("missing.pdf"));
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NO_FILE);
        assertThat(vm.signatures()).isEmpty();
        assertThat(vm.documentProperty().get()).isNull();
    }
}
