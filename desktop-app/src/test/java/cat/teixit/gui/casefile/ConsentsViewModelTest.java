package cat.teixit.gui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.ConsentService.ConsentItem;
import cat.teixit.logic.casefile.ConsentService.PersonConsents;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Consents tab, the consent offered on a refused referral and the export on a person's view: their state and
 * commands without the toolkit, on a real store.
 */
class ConsentsViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Madrid"));

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private CurrentUser jordi;
    private PersonService.Created c;
    private final I18n i18n = new I18n(Language.CATALAN);
    private int changes;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "council.name=Ajuntament de Salt\n", StandardCharsets.UTF_8);
        w = Workstation.open(dir, InstanceLock.acquire(dir), cat.teixit.testing.TestKeys.KEY, true);
        laia = login("laia");
        jordi = login("jordi");
        c = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.NONE,
                null, LocalDate.of(1981, 3, 14), Sex.F), null);
    }

    private CurrentUser login(String name) {
        return ((LoginResult.Success) w.auth().login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void theTabListsEachMembersConsentsRecordsOneAndWithdrawsIt() {
        ConsentsViewModel vm = new ConsentsViewModel(laia, new SameThreadUiExecutor(), i18n, w.consents(), c.caseFileId(),
                () -> changes++);
        vm.reload();
        assertThat(vm.items).extracting(PersonConsents::name).containsExactly("Núria Pagès Muñoz");
        assertThat(vm.items.getFirst().consents()).isEmpty();

        vm.record(c.personId(), ConsentPurpose.HEALTH_DATA, TODAY.plusDays(1), null, null, () -> { });
        assertThat(vm.error.get()).isEqualTo("La data no pot ser posterior a avui.");
        vm.record(null, ConsentPurpose.HEALTH_DATA, TODAY, null, null, () -> { });
        assertThat(vm.error.get()).isEqualTo("Cal omplir-ho.");
        assertThat(changes).isZero();

        boolean[] cleared = {false};
        vm.record(c.personId(), ConsentPurpose.HEALTH_DATA, TODAY, null, "Signat", () -> cleared[0] = true);
        assertThat(vm.error.get()).isEmpty();
        assertThat(cleared[0]).isTrue();
        assertThat(changes).isEqualTo(1);
        ConsentItem item = vm.items.getFirst().consents().getFirst();
        assertThat(vm.purposeText(item.purpose())).isEqualTo("Tractament de dades de salut");
        assertThat(vm.purposeText("NEWER_PURPOSE")).isEqualTo("NEWER_PURPOSE");
        assertThat(item.active()).isTrue();

        assertThat(vm.parseDate("31/02/2026")).isNull();
        assertThat(vm.error.get()).isEqualTo("Escriu la data com dd/mm/aaaa.");
        vm.withdraw(item, vm.parseDate(TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))));
        ConsentItem withdrawn = vm.items.getFirst().consents().getFirst();
        assertThat(withdrawn.withdrawnOn()).isEqualTo(TODAY);
        assertThat(withdrawn.active()).isFalse();
        vm.withdraw(withdrawn, TODAY);
        assertThat(vm.error.get()).isEqualTo("Aquest consentiment ja està retirat.");
    }

    @Test
    void aReferralRefusedForWantOfConsentOffersToRecordItAndReferInOneStep() {
        ReferralsViewModel vm = new ReferralsViewModel(laia, new SameThreadUiExecutor(), i18n, w.referrals(),
                c.caseFileId(), () -> changes++);
        vm.reload();
        vm.refer(ReferralTargetKind.SERVICE, "CAP Salt", "Valoració de salut", () -> { });
        assertThat(vm.error.get()).startsWith("La persona no ha donat el consentiment per compartir");
        assertThat(vm.consentMissing.get()).isTrue();
        assertThat(vm.items).isEmpty();

        // Another failure is not one of consent: the offer goes.
        vm.refer(ReferralTargetKind.TEAM, " ", "Valoració", () -> { });
        assertThat(vm.consentMissing.get()).isFalse();

        boolean[] cleared = {false};
        vm.recordConsentAndRefer(ReferralTargetKind.SERVICE, "CAP Salt", "Valoració de salut", () -> cleared[0] = true);
        assertThat(vm.error.get()).isEmpty();
        assertThat(vm.consentMissing.get()).isFalse();
        assertThat(cleared[0]).isTrue();
        assertThat(vm.items).hasSize(1);
        assertThat(w.consents().consents(laia, c.personId())).singleElement()
                .satisfies(i -> assertThat(i.givenOn()).isEqualTo(TODAY));
        vm.refer(ReferralTargetKind.MUNICIPALITY, "Figueres", "Canvi de domicili", () -> { });
        assertThat(vm.items).hasSize(2);
    }

    @Test
    void thePersonsProfessionalExportsEverythingAboutThePersonAndAColleagueIsNotOffered() throws Exception {
        PersonExportViewModel other = new PersonExportViewModel(jordi, new SameThreadUiExecutor(), i18n,
                w.subjectAccess(), c.personId());
        other.load();
        assertThat(other.available.get()).isFalse();
        other.export(dir.resolve("out-jordi"));
        assertThat(other.error.get()).isEqualTo(i18n.t("error.denied"));
        assertThat(dir.resolve("out-jordi")).doesNotExist();

        PersonExportViewModel vm = new PersonExportViewModel(laia, new SameThreadUiExecutor(), i18n, w.subjectAccess(),
                c.personId());
        vm.load();
        assertThat(vm.available.get()).isTrue();
        Path out = dir.resolve("out");
        vm.export(out);
        assertThat(vm.error.get()).isEmpty();
        assertThat(vm.busy.get()).isFalse();
        assertThat(vm.message.get()).startsWith("Exportats ").endsWith(out.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(2).allMatch(n -> n.startsWith("teixit-acces-")).anyMatch(n -> n.endsWith(".pdf"))
                    .anyMatch(n -> n.endsWith(".json"));
        }
    }
}
