package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.common.Edit;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Household;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionPlan;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.PlanAction;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.common.StaleRecordException;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.sync.OutboxEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change a form or an action makes writes the fields the user changed and nothing else: the
 * other columns keep their values and the outbox carries only those fields (a form that erased what
 * it does not show would have the erasure synced to every workstation).
 */
class OnlyChangedFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CaseFixture f;
    PersonService.Created c;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
        c = f.people.createWithNewHousehold(f.laia, everything(), "2");
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A person with every field of the form filled, coded ones from the bundled catalogues. */
    private static PersonForm everything() {
        return new PersonForm("Núria", "Pagès", "Muñoz", IdDocumentType.DNI, "12345678Z", LocalDate.of(1981, 3, 14),
                Sex.F, "52", "19", "600 123 456", "nuria@example.org", "Carrer de la Rutlla, 12", "387", "Santa Eugènia",
                "PAMU810314001", 33, "2", "2", "6", "2", "Pensió no contributiva");
    }

    /** A form that carries only the phone: every other field empty, as the old person form sent them. */
    private static PersonForm onlyPhone(String phone) {
        return new PersonForm(null, null, null, null, null, null, null, null, null, phone, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void theCatalogueCodesOfTheFixtureExist() {
        PersonForm stored = f.people.form(f.laia, c.personId());
        assertThat(stored).isEqualTo(new PersonValidator(f.deps.catalogues()).validate(everything(), f.deps.today()));
    }

    @Test
    void aPersonEditOfThePhoneLeavesEveryOtherColumnAndThePayloadUntouched() {
        PersonForm loaded = f.people.form(f.laia, c.personId());
        Map<String, Object> before = row(Person.class, c.personId());

        f.people.update(f.laia, c.personId(), new Edit<>(loaded, onlyPhone("612 345 678"), Set.of("phone")));

        assertChangedOnly(before, row(Person.class, c.personId()), "phone");
        assertThat(lastPayload(Person.TYPE)).isEqualTo(Map.of("phone", "612 345 678"));
    }

    @Test
    void aFieldTheFormDoesNotListAsChangedIsNeverErased() {
        PersonForm loaded = f.people.form(f.laia, c.personId());
        Map<String, Object> before = row(Person.class, c.personId());
        long outbox = f.outboxCount();

        f.people.update(f.laia, c.personId(), new Edit<>(loaded, onlyPhone(null), Set.of()));

        assertThat(row(Person.class, c.personId())).isEqualTo(before);
        assertThat(f.outboxCount()).as("nothing changed, nothing to send").isEqualTo(outbox);
    }

    @Test
    void twoWindowsChangingDifferentFieldsBothKeepTheirChange() {
        PersonForm first = f.people.form(f.laia, c.personId());
        PersonForm second = f.people.form(f.laia, c.personId());

        f.people.update(f.laia, c.personId(), Edit.of(first, first.withPhone("611 111 111")));
        f.people.update(f.laia, c.personId(), Edit.of(second, withCivilStatus(second, "1")));

        PersonForm now = f.people.form(f.laia, c.personId());
        assertThat(now.phone()).isEqualTo("611 111 111");
        assertThat(now.civilStatus()).isEqualTo("1");
        assertThat(now.educationLevel()).isEqualTo("6");
    }

    @Test
    void theSameFieldChangedInTwoWindowsIsRefusedAndNothingIsWritten() {
        PersonForm first = f.people.form(f.laia, c.personId());
        PersonForm second = f.people.form(f.laia, c.personId());
        f.people.update(f.laia, c.personId(), Edit.of(first, withCivilStatus(first, "1")));
        Map<String, Object> before = row(Person.class, c.personId());

        assertThatThrownBy(() -> f.people.update(f.laia, c.personId(),
                Edit.of(second, withCivilStatus(second.withPhone("699 999 999"), "3"))))
                .isInstanceOf(StaleRecordException.class);

        assertThat(row(Person.class, c.personId())).as("not even the phone").isEqualTo(before);
    }

    @Test
    void aStoredValueThatNoLongerValidatesDoesNotBlockAnEditOfAnotherField() {
        // A code retired from the catalogue, kept from an older record: the user edits only the phone.
        f.store.write(tx -> tx.jdbc(con -> {
            try (var st = con.prepareStatement("UPDATE person SET civil_status = 'ZZ' WHERE id = ?")) {
                st.setString(1, c.personId().toString());
                return st.executeUpdate();
            }
        }));
        PersonForm loaded = f.people.form(f.laia, c.personId());

        f.people.update(f.laia, c.personId(), Edit.of(loaded, loaded.withPhone("655 000 111")));

        PersonForm now = f.people.form(f.laia, c.personId());
        assertThat(now.phone()).isEqualTo("655 000 111");
        assertThat(now.civilStatus()).isEqualTo("ZZ");
        assertThatThrownBy(() -> f.people.update(f.laia, c.personId(), Edit.of(now, withCivilStatus(now, "QQ"))))
                .as("a code the user chooses is still checked")
                .isInstanceOf(cat.teixit.logic.common.ValidationException.class);
    }

    @Test
    void aDocumentNumberIsCheckedWithItsType() {
        PersonForm loaded = f.people.form(f.laia, c.personId());
        PersonForm typo = new PersonForm(loaded.givenName(), loaded.surname1(), loaded.surname2(), loaded.docType(),
                "12345678A", loaded.birthDate(), loaded.sex(), loaded.nationality(), loaded.motherTongue(), loaded.phone(),
                loaded.email(), loaded.address(), loaded.municipality(), loaded.district(), loaded.healthCard(),
                loaded.disabilityDegree(), loaded.dependencyGrade(), loaded.civilStatus(), loaded.educationLevel(),
                loaded.employment(), loaded.incomeNotes());
        assertThatThrownBy(() -> f.people.update(f.laia, c.personId(), Edit.of(loaded, typo)))
                .isInstanceOf(cat.teixit.logic.common.ValidationException.class);
    }

    @Test
    void aMergeFillsEveryEmptyFieldOfTheSurvivorFromTheDuplicate() {
        UUID bare = f.people.createWithNewHousehold(f.laia, PersonForm.basic("Núria", "Pagès", null, IdDocumentType.NONE,
                null, null, null), null).personId();

        f.people.merge(f.laia, bare, c.personId());

        PersonForm survivor = f.people.form(f.laia, bare);
        assertThat(survivor.civilStatus()).isEqualTo("2");
        assertThat(survivor.motherTongue()).isEqualTo("19");
        assertThat(survivor.disabilityDegree()).isEqualTo(33);
        assertThat(survivor.incomeNotes()).isEqualTo("Pensió no contributiva");
        assertThat(survivor.docNumber()).isEqualTo("12345678Z");
    }

    @Test
    void aHousingEditWritesOnlyTheChangedField() {
        CaseFileDetails d = f.caseFiles.load(f.laia, c.caseFileId());
        HousingForm loaded = HousingForm.of(d);
        assertThat(loaded.tenure()).isEqualTo("2");
        Map<String, Object> before = row(Household.class, c.householdId());
        // The tab could not show the tenure (say, a retired code): it sends nothing for it.
        HousingForm typed = new HousingForm(null, "Humitats al bany", loaded.address(), null, "Pont Major");

        f.households.updateHousing(f.laia, c.householdId(), new Edit<>(loaded, typed, Set.of("notes", "district")));

        assertChangedOnly(before, row(Household.class, c.householdId()), "housing_notes", "district");
        assertThat(lastPayload(Household.TYPE)).isEqualTo(Map.of("housing_notes", "Humitats al bany",
                "district", "Pont Major"));
    }

    @Test
    void caseFileActionsWriteOnlyTheirFields() {
        long v = f.caseFiles.load(f.laia, c.caseFileId()).rowVersion();
        Map<String, Object> before = row(CaseFile.class, c.caseFileId());
        UUID jordi = f.jordi.id();
        f.caseFiles.setReferenceProfessional(f.laia, c.caseFileId(), v, jordi);
        assertChangedOnly(before, row(CaseFile.class, c.caseFileId()), "reference_professional_id");

        before = row(CaseFile.class, c.caseFileId());
        f.caseFiles.close(f.laia, c.caseFileId(), f.caseFiles.load(f.laia, c.caseFileId()).rowVersion(), "1",
                f.deps.today());
        assertChangedOnly(before, row(CaseFile.class, c.caseFileId()), "status", "closed_on", "closing_reason");
    }

    @Test
    void planResourceAndReferralActionsWriteOnlyTheirFields() {
        LocalDate today = f.deps.today();
        UUID plan = f.plans.create(f.laia, c.caseFileId(), "Inserció laboral", today.minusMonths(1), today.plusMonths(2));
        UUID goal = f.plans.addGoal(f.laia, plan, "Trobar feina");
        UUID action = f.plans.addAction(f.laia, plan, goal, "Inscripció al SOC", "Núria", today.plusDays(7));
        changesOnly(InterventionPlan.class, plan, () -> f.plans.setReview(f.laia, plan,
                rowVersion(InterventionPlan.class, plan), today.plusMonths(3)), "review_on");
        changesOnly(PlanAction.class, action, () -> f.plans.setActionDone(f.laia, action, today), "done_on");

        UUID r = f.resources.propose(f.laia, c.caseFileId(), c.personId(), null, null, "1.1.2.1", 12_345L, "Urgent");
        changesOnly(ResourceAssignment.class, r, () -> f.resources.changeStatus(f.laia, r,
                rowVersion(ResourceAssignment.class, r), ResourceStatus.REQUESTED, null), "status", "status_at");
        changesOnly(ResourceAssignment.class, r, () -> f.resources.changeStatus(f.laia, r,
                rowVersion(ResourceAssignment.class, r), ResourceStatus.GRANTED, null,
                cat.teixit.model.casefile.Funding.MUNICIPAL), "status", "status_at", "funding");

        f.consentToSharing(f.laia, c.personId());
        UUID ref = f.referrals.refer(f.laia, c.caseFileId(), c.personId(), ReferralTargetKind.SERVICE, "CAP Girona 2",
                "Valoració de salut mental");
        changesOnly(Referral.class, ref, () -> f.referrals.answer(f.laia, ref, rowVersion(Referral.class, ref), false,
                "No és del seu àmbit"), "status", "responded_at", "response_reason");
    }

    private <T extends SyncedEntity> void changesOnly(Class<T> type, UUID id, Runnable action, String... fields) {
        Map<String, Object> before = row(type, id);
        action.run();
        assertChangedOnly(before, row(type, id), fields);
        OutboxEntry last = f.store.read(tx -> tx.outbox().oldest(10_000)).reversed().stream()
                .filter(e -> e.getEntityId().equals(id)).findFirst().orElseThrow();
        assertThat(payload(last).keySet()).as("outbox payload of %s", type.getSimpleName())
                .containsExactlyInAnyOrder(fields);
    }

    private static void assertChangedOnly(Map<String, Object> before, Map<String, Object> after, String... fields) {
        Set<String> changed = new TreeSet<>();
        before.forEach((k, v) -> {
            if (!java.util.Objects.equals(v, after.get(k))) {
                changed.add(k);
            }
        });
        assertThat(changed).as("columns changed").containsExactlyInAnyOrder(fields);
    }

    private <T extends SyncedEntity> Map<String, Object> row(Class<T> type, UUID id) {
        return f.store.read(tx -> new HashMap<>(tx.cases().find(type, id).orElseThrow().syncFields()));
    }

    private <T extends SyncedEntity> long rowVersion(Class<T> type, UUID id) {
        return f.store.read(tx -> tx.cases().find(type, id).orElseThrow().getRowVersion());
    }

    private Map<String, Object> lastPayload(String entityType) {
        List<OutboxEntry> entries = f.store.read(tx -> tx.outbox().oldest(10_000));
        OutboxEntry last = entries.reversed().stream().filter(e -> e.getEntityType().equals(entityType)).findFirst()
                .orElseThrow();
        return payload(last);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(OutboxEntry e) {
        try {
            return JSON.readValue(e.getPayload(), Map.class);
        } catch (java.io.IOException x) {
            throw new IllegalStateException(x);
        }
    }

    private static PersonForm withCivilStatus(PersonForm p, String code) {
        return new PersonForm(p.givenName(), p.surname1(), p.surname2(), p.docType(), p.docNumber(), p.birthDate(),
                p.sex(), p.nationality(), p.motherTongue(), p.phone(), p.email(), p.address(), p.municipality(),
                p.district(), p.healthCard(), p.disabilityDegree(), p.dependencyGrade(), code, p.educationLevel(),
                p.employment(), p.incomeNotes());
    }
}
