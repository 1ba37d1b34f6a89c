package cat.teixit.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseFixture;
import cat.teixit.logic.casefile.CaseRecords.ReferralItem;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.directory.DirectoryEntry;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.model.directory.EntryRow;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource directory on a real store: the demo directory searched offline (accents and case aside, words by
 * their start, every word needed), deactivated entries hidden, only the administrator editing (only what changed is
 * recorded), bad input refused with nothing written, and a referral prefilled from an entry.
 */
class DirectoryServiceTest {

    @TempDir
    Path dir;

    private CaseFixture f;
    private DirectoryService directory;
    private CurrentUser admin;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
        directory = new DirectoryService(f.store, new ChangeRecorder(DeviceIdentity.clockFor(f.store,
                Clock.systemUTC()), Clock.systemUTC()), new AccessPolicy(), Clock.systemUTC());
        admin = ((LoginResult.Success) new AuthService(f.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC())
                .login("admin", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        assertThat(DemoDirectory.seed(directory, admin)).isGreaterThanOrEqualTo(40);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> names(String text) {
        return directory.search(f.laia, text, null).stream().map(EntryRow::name).toList();
    }

    private EntryRow only(String text) {
        List<EntryRow> found = directory.search(f.laia, text, null);
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesTheStartOfWords() {
        assertThat(names("formacio")).contains("Servei d’Ocupació de Catalunya – Formació per a l’ocupació"
                .replace('’', '\''));
        assertThat(names("FORMACIÓ")).isEqualTo(names("formacio"));
        assertThat(names("caritas")).allMatch(n -> n.contains("Càritas"))
                .contains("Càritas Diocesana de Girona – Acollida");
        assertThat(names("ocup")).contains("Oficina de Treball de Girona (OTG)", "Servei Municipal d'Ocupació de Girona");
        // Every word is needed, in the name, what it is or where.
        assertThat(names("otg salt")).containsExactly("Oficina de Treball de Salt (OTG)");
        assertThat(names("siad")).containsExactly("SIAD – Servei d'Informació i Atenció a les Dones");
        // What it asks for counts too: the distribution point that needs the food bank's card.
        assertThat(names("banc aliments")).containsExactly("Banc dels Aliments de les Comarques de Girona",
                "Punt de distribució d'aliments de Santa Eugènia");
        // Punctuation is no operator, and nothing matches nothing.
        assertThat(names("\"CAP\" *")).contains("CAP Güell", "CAP Salt", "CAP Raval Nord");
        assertThat(names("zzzz")).isEmpty();
        // A blank search lists every active entry by name; a category narrows it.
        assertThat(directory.search(f.laia, " ", null)).hasSize(DemoDirectory.entries().size());
        // By name as people read it: an accent after its letter (Càritas between CAP and Centre), not after Z.
        assertThat(names(" ")).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ca")))
                .containsSubsequence("CAP Salt", "Càritas Diocesana de Girona – Acollida",
                        "Centre de Dia per a gent gran Montilivi");
        assertThat(directory.search(f.laia, "", "HEALTH")).extracting(EntryRow::category).containsOnly("HEALTH")
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aDeactivatedEntryIsNoLongerFoundButStaysForTheAdministrator() {
        EntryRow siad = only("siad");
        directory.setActive(admin, siad.id(), siad.rowVersion(), false);
        assertThat(names("siad")).isEmpty();
        assertThat(directory.search(f.laia, "", null)).extracting(EntryRow::id).doesNotContain(siad.id());
        assertThat(directory.all(admin)).filteredOn(r -> r.id().equals(siad.id())).singleElement()
                .satisfies(r -> assertThat(r.active()).isFalse());
        EntryRow inactive = directory.entry(f.laia, siad.id()).orElseThrow();
        directory.setActive(admin, siad.id(), inactive.rowVersion(), true);
        assertThat(names("siad")).hasSize(1);
    }

    @Test
    void onlyTheAdministratorEditsAndAnEditRecordsOnlyWhatChanged() {
        EntryRow otg = only("otg salt");
        EntryForm before = form(otg);
        EntryForm after = new EntryForm(before.name(), before.administration(), before.category(), before.audience(),
                before.requirements(), before.address(), before.municipality(), before.openingHours(), "972 000 999",
                before.email(), before.web(), before.latitude(), before.longitude());
        long outbox = f.outboxCount();
        for (CurrentUser u : List.of(f.laia, f.montse)) {
            assertThatThrownBy(() -> directory.edit(u, otg.id(), otg.rowVersion(), before, after))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.permission()).isEqualTo(Permission.EDIT_DIRECTORY));
            assertThatThrownBy(() -> directory.add(u, after)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.setActive(u, otg.id(), otg.rowVersion(), false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.all(u)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.outboxCount()).isEqualTo(outbox);
        assertThat(directory.mayEdit(f.laia)).isFalse();
        assertThat(directory.mayEdit(admin)).isTrue();

        directory.edit(admin, otg.id(), otg.rowVersion(), before, after);
        assertThat(only("otg salt").phone()).isEqualTo("972 000 999");
        OutboxEntry last = f.store.read(tx -> tx.outbox().oldest(10_000)).getLast();
        assertThat(last.getEntityType()).isEqualTo(DirectoryEntry.TYPE);
        assertThat(last.getScope()).isEqualTo("DIRECTORI");
        assertThat(last.getPayload()).contains("\"phone\"").doesNotContain("\"name\"", "\"address\"");
    }

    @Test
    void badInputIsRefusedWithNothingWritten() {
        long outbox = f.outboxCount();
        long rows = f.count("directory_entry");
        EntryForm bad = new EntryForm(" ", null, "NOT_A_CATEGORY", null, null, null, null, null, "telèfon",
                "no-és-un-correu", "no és web", 91.0, null);
        assertThatThrownBy(() -> directory.add(admin, bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors().byField()).containsOnlyKeys("name", "category", "phone", "email", "web", "latitude",
                    "longitude");
            assertThat(e.errors().get("email").key()).isEqualTo("directory.error.email");
        });
        assertThat(f.outboxCount()).isEqualTo(outbox);
        assertThat(f.count("directory_entry")).isEqualTo(rows);
    }

    @Test
    void aReferralFromAnEntryIsPrefilledWithTheServiceAndItsAdministration() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
        EntryRow soap = only("soap");
        DirectoryService.ReferralDraft draft = DirectoryService.referralDraft(soap);
        assertThat(draft.kind()).isEqualTo(ReferralTargetKind.SERVICE);
        assertThat(draft.target()).isEqualTo(
                "SOAP – Servei d'Orientació i Acompanyament a la Persona (Ajuntament de Girona)");
        f.consentToSharing(f.laia, c.personId());
        f.referrals.refer(f.laia, c.caseFileId(), c.personId(), draft.kind(), draft.target(), "Acompanyament a la feina");
        ReferralItem r = f.referrals.referrals(f.laia, c.caseFileId()).getFirst();
        assertThat(r.target()).isEqualTo(draft.target());
        assertThat(r.targetKind()).isEqualTo(ReferralTargetKind.SERVICE);
    }

    static EntryForm form(EntryRow r) {
        return new EntryForm(r.name(), r.administration(), r.category(), r.audience(), r.requirements(), r.address(),
                r.municipality(), r.openingHours(), r.phone(), r.email(), r.web(), r.latitude(), r.longitude());
    }

    static UUID idOf(List<EntryRow> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }
}
