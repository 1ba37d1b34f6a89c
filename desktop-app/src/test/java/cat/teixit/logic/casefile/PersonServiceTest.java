package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.common.StaleRecordException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonServiceTest {

    @TempDir
    Path dir;
    CaseFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(field).key()).isEqualTo(key));
    }

    @Test
    void aFirstVisitCreatesPersonHouseholdAndOpenCaseFileWithTheirOutboxEntriesTogether() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), "2");
        CaseFileDetails d = f.caseFiles.load(f.laia, c.caseFileId());
        assertThat(d.status().name()).isEqualTo("OPEN");
        assertThat(d.referenceProfessionalName()).isEqualTo("Laia Puig Ferrer");
        assertThat(d.members()).singleElement().satisfies(m -> {
            assertThat(m.displayName()).isEqualTo("Núria Pagès Muñoz");
            assertThat(m.reference()).isTrue();
            assertThat(m.docTail()).isEqualTo("···678Z");
        });
        assertThat(d.number()).matches("EXP-\\d{4}-[0-9A-F]{5}-000001");
        // person, household, member, case file, opened event: five ops of one user transaction
        assertThat(f.outboxCount()).isEqualTo(5);
        assertThat(f.store.read(tx -> tx.outbox().oldest(10)).stream().map(o -> o.getTxId()).distinct()).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAMessagePerFieldAndNothingIsSaved() {
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, PersonForm.basic("Núria", "Pagès", null,
                IdDocumentType.DNI, "12345678A", null, null), null), "docNumber", "person.error.dniLetter");
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, PersonForm.basic("Núria", "Pagès", null,
                IdDocumentType.NIE, "X1234567A", null, null), null), "docNumber", "person.error.nieLetter");
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, PersonForm.basic("  ", null, null,
                IdDocumentType.NONE, null, null, null), null), "givenName", "validation.required");
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, PersonForm.basic("Joan", null, null,
                IdDocumentType.NONE, null, LocalDate.now().plusDays(2), null), null), "birthDate", "validation.date.future");
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, PersonForm.basic("J".repeat(10_000), null, null,
                IdDocumentType.NONE, null, null, null), null), "givenName", "validation.tooLong");
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, CaseFixture.nuria().withPhone("12"), null), "phone",
                "person.error.phone");
        assertThat(f.count("person")).isZero();
        assertThat(f.count("household")).isZero();
        assertThat(f.outboxCount()).isZero();
    }

    @Test
    void namesWithAccentsApostrophesAndMiddleDotsAreAcceptedAndKeptAsTyped() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, PersonForm.basic("Maria Àngels", "D’Ors",
                "Col·lell", IdDocumentType.NIE, "y1234567x", null, Sex.F), null);
        Person p = f.people.load(f.laia, c.personId());
        assertThat(p.getSurname2()).isEqualTo("Col·lell");
        assertThat(p.getIdDocNumber()).isEqualTo("Y1234567X");
    }

    @Test
    void peopleWithoutDocumentsAreFirstClass() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, PersonForm.basic("Amina", "El Amrani", null,
                IdDocumentType.NONE, "will be ignored", null, Sex.F), "T1");
        Person p = f.people.load(f.laia, c.personId());
        assertThat(p.getIdDocType()).isEqualTo(IdDocumentType.NONE);
        assertThat(p.getIdDocNumber()).isNull();
        assertThat(f.caseFiles.load(f.laia, c.caseFileId()).housingTenure()).isEqualTo("T1");
    }

    @Test
    void theSameDocumentBlocksASecondPersonAndASimilarNameAndBirthDateWarns() {
        f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
        PersonService.DuplicateCheck same = f.people.checkDuplicates(f.laia, CaseFixture.nuria(), null, Language.CATALAN);
        assertThat(same.blocks()).isTrue();
        assertRefused(() -> f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null), "docNumber",
                "person.error.duplicateDocument");

        PersonForm similar = PersonForm.basic("nuria", "pages", null, IdDocumentType.NONE, null,
                LocalDate.of(1981, 3, 14), Sex.F);
        PersonService.DuplicateCheck warn = f.people.checkDuplicates(f.laia, similar, null, Language.CATALAN);
        assertThat(warn.blocks()).isFalse();
        assertThat(warn.similar()).extracting(s -> s.person().surname2()).containsExactly("Muñoz");
        PersonForm otherBirth = PersonForm.basic("Núria", "Pagès", null, IdDocumentType.NONE, null,
                LocalDate.of(2001, 1, 1), Sex.F);
        assertThat(f.people.checkDuplicates(f.laia, otherBirth, null, Language.CATALAN).isEmpty()).isTrue();
    }

    @Test
    void aSecondSaveOfAStaleCopyIsDetected() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
        Person first = f.people.load(f.laia, c.personId());
        Person second = f.people.load(f.laia, c.personId());
        PersonForm one = PersonService.formOf(first);
        PersonForm two = PersonService.formOf(second);
        f.people.update(f.laia, c.personId(), Edit.of(one, one.withPhone("611 111 111")));
        assertThatThrownBy(() -> f.people.update(f.laia, c.personId(), Edit.of(two, two.withPhone("622 222 222"))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(f.people.load(f.laia, c.personId()).getPhone()).isEqualTo("611 111 111");
    }

    @Test
    void anEditRecordsOnlyTheChangedFields() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
        long before = f.outboxCount();
        Person p = f.people.load(f.laia, c.personId());
        PersonForm loaded = PersonService.formOf(p);
        f.people.update(f.laia, c.personId(), Edit.of(loaded, loaded.withPhone("699 000 111")));
        var last = f.store.read(tx -> tx.outbox().oldest(100)).getLast();
        assertThat(f.outboxCount()).isEqualTo(before + 1);
        assertThat(last.getKind().name()).isEqualTo("PATCH");
        assertThat(last.getPayload()).isEqualTo("{\"phone\":\"699 000 111\"}");
    }

    @Test
    void mergingKeepsEveryRecordAndRedirectsTheMergedId() {
        PersonService.Created a = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
        PersonService.Created b = f.people.createWithNewHousehold(f.laia, PersonForm.basic("Nuria", "Pages", "Munoz",
                IdDocumentType.NONE, null, LocalDate.of(1981, 3, 14), Sex.F).withPhone("699 888 777"), null);
        f.interventions.add(f.laia, b.caseFileId(), new InterventionForm(InterventionKind.PHONE_CALL, LocalDate.now(),
                null, 10, b.personId(), List.of(), "Trucada de seguiment", false));

        f.people.merge(f.laia, a.personId(), b.personId());

        assertThat(f.people.load(f.laia, b.personId()).getId()).isEqualTo(a.personId());
        List<HouseholdMember> memberships = f.store.read(tx -> tx.cases().membershipsOfPerson(a.personId()));
        assertThat(memberships).extracting(HouseholdMember::getHouseholdId)
                .containsExactlyInAnyOrder(a.householdId(), b.householdId());
        assertThat(f.timeline.entries(f.laia, b.caseFileId(), TimelineService.Filter.ALL))
                .anySatisfy(e -> assertThat(e.personId()).isEqualTo(a.personId()));
        assertThat(f.search.search(f.laia, "nuria pages", 10, Language.CATALAN)).hasSize(1);
        // The survivor keeps its own phone; blanks would have been filled from the merged record.
        assertThat(f.people.load(f.laia, a.personId()).getPhone()).isEqualTo("600 123 456");
    }

    @Test
    void anotherTeamCannotSeeOrChangeThePerson() {
        PersonService.Created c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
        assertThatThrownBy(() -> f.people.load(f.pau, c.personId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.caseFiles.load(f.pau, c.caseFileId())).isInstanceOf(NotFoundException.class);
        assertThat(f.search.search(f.pau, "nuria", 10, Language.CATALAN)).isEmpty();
        assertThatThrownBy(() -> f.interventions.add(f.pau, c.caseFileId(), new InterventionForm(InterventionKind.OTHER,
                LocalDate.now(), null, null, null, List.of(), "x", false))).isInstanceOf(NotFoundException.class);
    }
}
