package cat.teixit.gui.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.settings.Language;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The «Accés d’emergència…» dialog's model without the toolkit, against the real central server: translated refusals
 * (no reason, a malformed identifier, an unknown case file), then the opening with its expiry, and the team lead's
 * card listing it.
 */
class EmergencyViewModelTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    @Test
    void theDialogTellsWhyNotThenUntilWhenAndTheLeadsCardListsIt() throws Exception {
        I18n i18n = new I18n(Language.CATALAN);
        try (Station salt = Station.open(dir.resolve("salt"), server.url());
                Station girona = Station.open(dir.resolve("girona"), server.url());
                Station lead = Station.open(dir.resolve("lead"), server.url())) {
            salt.login("pau");
            PersonService.Created c = salt.newPerson("Pere", "Coll");
            PersonService.Created other = salt.newPerson("Núria", "Pagès");
            salt.syncOk();
            girona.login("jordi");
            girona.syncOk();
            AtomicInteger synced = new AtomicInteger();
            java.util.concurrent.CompletableFuture<java.util.UUID> shownInWindow = new java.util.concurrent.CompletableFuture<>();
            EmergencyViewModel vm = new EmergencyViewModel(girona.user, new SameThreadUiExecutor(), i18n,
                    girona.w.emergency(), () -> {
                        synced.incrementAndGet();
                        return girona.w.sync().syncNow(girona.user);
                    }, shownInWindow::complete);

            vm.caseFileId.set(c.caseFileId().toString());
            vm.reason.set("urgent");
            vm.open();
            assertThat(vm.message.get()).isEqualTo(i18n.t("emergency.error.reason", 20, 2000));
            vm.reason.set("El senyor Coll és a l’oficina de Girona i diu que té una cita urgent avui");
            vm.caseFileId.set("no és cap número");
            vm.open();
            assertThat(vm.message.get()).isEqualTo(i18n.t("emergency.error.notFound"));
            vm.caseFileId.set(java.util.UUID.randomUUID().toString());
            vm.open();
            assertThat(vm.message.get()).isEqualTo(i18n.t("emergency.error.notFound"));
            assertThat(vm.opened.get()).isFalse();
            assertThat(synced).hasValue(0);

            // The other team gives the case number, written as it comes.
            String number = cat.teixit.app.Stores.of(salt.w).read(tx -> tx.cases()
                    .find(cat.teixit.model.casefile.CaseFile.class, c.caseFileId())).orElseThrow().getNumber();
            vm.caseFileId.set(" " + number.toLowerCase(java.util.Locale.ROOT) + " ");
            vm.open();
            assertThat(vm.opened.get()).isTrue();
            assertThat(vm.busy.get()).isFalse();
            assertThat(vm.message.get()).startsWith("Accés concedit fins al ").endsWith("S’està baixant l’expedient del sistema central…");
            // The sync brings the case file, and the window, entered again with the opening, shows it.
            assertThat(shownInWindow.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(c.caseFileId());
            assertThat(vm.shown.get()).isTrue();
            assertThat(synced).hasValue(1);
            assertThat(girona.w.emergency().arrived(c.caseFileId())).isTrue();
            assertThat(girona.w.emergency().withOpenings(girona.user).visibleScopes()).contains("SALT");

            // When the case file cannot come now (no sync), the dialog says when it will show.
            EmergencyViewModel later = new EmergencyViewModel(girona.user, new SameThreadUiExecutor(), i18n,
                    girona.w.emergency(), () -> java.util.concurrent.CompletableFuture.completedFuture(null),
                    id -> { throw new AssertionError("shown before it came"); });
            later.caseFileId.set(other.caseFileId().toString());
            later.reason.set("La senyora Pagès truca des de l’hospital i necessita el seu pla avui");
            later.open();
            assertThat(later.opened.get()).isTrue();
            assertThat(later.shown.get()).isFalse();
            assertThat(later.message.get()).startsWith("Accés concedit fins al ")
                    .contains("arribarà amb la propera sincronització");

            lead.login("montse");
            lead.syncOk();
            EmergencyViewModel card = new EmergencyViewModel(lead.user, new SameThreadUiExecutor(), i18n,
                    lead.w.emergency(), () -> java.util.concurrent.CompletableFuture.completedFuture(null), id -> { });
            List<String> lines = new ArrayList<>();
            card.loadFlagged(lines::addAll);
            assertThat(lines).hasSize(2);
            assertThat(lines.getLast()).startsWith("jordi (GIR-N) a un expedient de SALT")
                    .endsWith("El senyor Coll és a l’oficina de Girona i diu que té una cita urgent avui");
        }
    }

    @Test
    void withoutTheCentralServerTheLeadsCardSaysTheyShowOnceConnected() throws Exception {
        I18n i18n = new I18n(Language.CATALAN);
        Path demo = dir.resolve("demo");
        try (cat.teixit.app.Workstation w = cat.teixit.app.Workstation.open(demo,
                cat.teixit.persistence.InstanceLock.acquire(demo), cat.teixit.testing.TestKeys.KEY, true)) {
            cat.teixit.logic.auth.CurrentUser montse = ((cat.teixit.logic.auth.LoginResult.Success) w.auth()
                    .login("montse", cat.teixit.logic.demo.DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
            EmergencyViewModel card = new EmergencyViewModel(montse, new SameThreadUiExecutor(), i18n, w.emergency(),
                    () -> java.util.concurrent.CompletableFuture.completedFuture(null), id -> { });
            List<String> lines = new ArrayList<>();
            card.loadFlagged(lines::addAll);
            assertThat(lines).containsExactly("Es mostren quan hi ha connexió amb el sistema central.");
        }
    }
}
