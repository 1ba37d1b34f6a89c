package cat.teixit.gui.casefile;

import cat.teixit.testing.TestKeys;
import cat.teixit.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person form's state without the toolkit, on a real store: what a save sends, what a refused save says. */
class PersonFormViewModelTest {

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private UUID person;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        // Everything a professional records, coded fields from the catalogues (as in the demo store's people).
        person = w.people().createWithNewHousehold(laia, new PersonForm("Núria", "Pagès", "Muñoz", IdDocumentType.DNI,
                "12345678Z", LocalDate.of(1980, 3, 14), Sex.F, "52", "19", "600 123 456", "nuria@example.org",
                "Carrer de la Rutlla, 12", "387", "Santa Eugènia", "PAMU800314001", 33, "2", "2", "6", "2",
                "Pensió no contributiva"), "2").personId();
    }

    @AfterEach
    void close() {
        w.close();
    }

    private PersonFormViewModel edit() {
        PersonFormViewModel vm = new PersonFormViewModel(laia, new SameThreadUiExecutor(), w.people(),
                () -> Language.CATALAN, person, c -> { });
        vm.load();
        return vm;
    }

    private List<OutboxEntry> outbox() {
        return Stores.of(w).read(tx -> tx.outbox().oldest(10_000));
    }

    @Test
    void changingThePhoneSavesThePhoneAndNothingElse() {
        PersonForm before = w.people().form(laia, person);
        int queued = outbox().size();
        PersonFormViewModel vm = edit();

        vm.fields().phone.set("612 345 678");
        vm.save();

        assertThat(vm.saved.get()).isTrue();
        assertThat(w.people().form(laia, person)).isEqualTo(before.withPhone("612 345 678"));
        List<OutboxEntry> now = outbox();
        assertThat(now).hasSize(queued + 1);
        assertThat(now.getLast().getPayload()).isEqualTo("{\"phone\":\"612 345 678\"}");
    }

    @Test
    void theFieldsAProfessionalRecordsAreOnTheFormAndSaved() {
        PersonFormViewModel vm = edit();
        assertThat(vm.fields().civilStatus.get()).isEqualTo("2");
        assertThat(vm.fields().motherTongue.get()).isEqualTo("19");
        assertThat(vm.fields().educationLevel.get()).isEqualTo("6");
        assertThat(vm.fields().employment.get()).isEqualTo("2");
        assertThat(vm.fields().dependencyGrade.get()).isEqualTo("2");
        assertThat(vm.fields().disabilityDegree.get()).isEqualTo("33");
        assertThat(vm.fields().healthCard.get()).isEqualTo("PAMU800314001");
        assertThat(vm.fields().incomeNotes.get()).isEqualTo("Pensió no contributiva");

        vm.fields().civilStatus.set("3");
        vm.fields().disabilityDegree.set("45 %");
        vm.save();

        PersonForm saved = w.people().form(laia, person);
        assertThat(saved.civilStatus()).isEqualTo("3");
        assertThat(saved.disabilityDegree()).isEqualTo(45);
        assertThat(outbox().getLast().getPayload()).isEqualTo("{\"disability_degree\":45,\"civil_status\":\"3\"}");
    }

    @Test
    void aRefusedSaveSaysHowManyFieldsToFixAndSavesNothing() {
        PersonForm before = w.people().form(laia, person);
        int queued = outbox().size();
        PersonFormViewModel vm = edit();

        vm.fields().phone.set("12");
        vm.fields().email.set("nuria@");
        vm.fields().birthDate.set("31/02/1980");
        vm.save();

        assertThat(vm.fieldsToFix.get()).isEqualTo(3);
        assertThat(vm.refusedSaves.get()).isEqualTo(1);
        assertThat(vm.errors).containsOnlyKeys("phone", "email", "birthDate");
        assertThat(w.people().form(laia, person)).isEqualTo(before);
        assertThat(outbox()).hasSize(queued);

        vm.fields().phone.set("612 345 678");
        vm.fields().email.set("nuria@example.org");
        vm.fields().birthDate.set("14/03/1980");
        vm.save();
        assertThat(vm.fieldsToFix.get()).isZero();
        assertThat(vm.saved.get()).isTrue();
    }

    @Test
    void theProblemsOfARefusedSaveStayShownWhenTheFocusMovesToTheFirstOfThemAndGoAsEachIsFixed() {
        PersonFormViewModel vm = edit();
        vm.fields().phone.set("12");
        vm.fields().email.set("nuria@");
        vm.save();
        assertThat(vm.errors).containsOnlyKeys("phone", "email");

        // The view moves the focus to the first field to fix: the field the user was in is left.
        vm.leave("surname2");
        assertThat(vm.errors).as("still shown, though neither field was visited").containsOnlyKeys("phone", "email");
        assertThat(vm.fieldsToFix.get()).isEqualTo(2);

        vm.fields().phone.set("612 345 678");
        vm.leave("phone");
        assertThat(vm.errors).containsOnlyKeys("email");
        assertThat(vm.fieldsToFix.get()).as("the count follows").isEqualTo(1);
    }

    @Test
    void aSaveWithNothingChangedSendsNothing() {
        int queued = outbox().size();
        PersonFormViewModel vm = edit();
        vm.fields().phone.set("699 000 000");
        vm.fields().phone.set("600 123 456");
        vm.save();
        assertThat(outbox()).hasSize(queued);
        assertThat(vm.dirty.get()).isFalse();
    }

    @Test
    void anotherWindowsChangeToTheSameFieldIsShownAndKeepMineKeepsTheirOtherChanges() {
        PersonFormViewModel vm = edit();
        vm.fields().phone.set("611 222 333");
        PersonForm other = w.people().form(laia, person);
        w.people().update(laia, person, cat.teixit.logic.common.Edit.of(other,
                other.withPhone("699 888 777").withAddress("Carrer Major, 3", "387", "Centre")));

        vm.save();
        assertThat(vm.conflict.get()).isNotNull();
        assertThat(vm.changedFields()).containsExactly("phone");

        vm.keepMine();
        PersonForm saved = w.people().form(laia, person);
        assertThat(saved.phone()).isEqualTo("611 222 333");
        assertThat(saved.address()).isEqualTo("Carrer Major, 3");
        assertThat(vm.fields().address.get()).as("the form shows what is saved now").isEqualTo("Carrer Major, 3");
    }
}
