package cat.teixit.gui.aid;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.aid.Aid;
import cat.teixit.logic.aid.AidResult;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proactive list without the toolkit, on a real store: computed with progress, in Catalan, cancellable. */
class ProactiveListViewModelTest {

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private LocalDate today;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        today = LocalDate.now(w.clock().withZone(I18n.ZONE));
    }

    @AfterEach
    void close() {
        w.close();
    }

    private ProactiveListViewModel model() {
        I18n i18n = new I18n(Language.CATALAN);
        return new ProactiveListViewModel(laia, new SameThreadUiExecutor(), i18n, w.aidScan(),
                e -> ErrorKeys.describe(i18n, e), today);
    }

    @Test
    void aNewCaseFileIsListedWithWhatItMayReceive() {
        ProactiveListViewModel vm = model();
        vm.scan();
        int before = vm.candidates.size();
        PersonService.Created p = w.people().createWithNewHousehold(laia, PersonForm.basic("Aina", "Serra Vidal", null,
                IdDocumentType.NONE, null, today.minusYears(30), Sex.F), null);
        vm.scan();
        assertThat(vm.running.get()).isFalse();
        assertThat(vm.progress.get()).isEqualTo(1.0);
        assertThat(vm.candidates).hasSize(before + 1);
        var c = vm.candidates.stream().filter(x -> x.caseFileId().equals(p.caseFileId())).findFirst().orElseThrow();
        assertThat(c.aids()).extracting(AidResult::aid).contains(Aid.IMV, Aid.RGC);
        int n = vm.candidates.size();
        assertThat(vm.status.get()).isEqualTo(n == 1
                ? "1 expedient potser té dret a un ajut nou (darrers 30 dies)."
                : n + " expedients potser tenen dret a un ajut nou (darrers 30 dies).");
    }

    @Test
    void aCancelledScanSaysSoAndKeepsTheList() {
        ProactiveListViewModel vm = model();
        vm.cancel();
        assertThat(vm.status.get()).isNull();
        assertThat(vm.running.get()).isFalse();
    }
}
