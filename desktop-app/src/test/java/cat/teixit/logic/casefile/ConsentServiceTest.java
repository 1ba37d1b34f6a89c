package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.ConsentService.ConsentItem;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consents per person: recorded, withdrawn (never deleted), listed per member of a case file's household, and
 * checked before a referral leaves the social services.
 */
class ConsentServiceTest {

    /** 10:00 in Girona on 15 January 2027. */
    static final Instant NOW = Instant.parse("2027-01-15T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    @TempDir
    Path dir;
    CaseFixture f;
    PersonService.Created c;
    ManualClock clock = new ManualClock(NOW);

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir, clock);
        c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private UUID refer(ReferralTargetKind kind) {
        return f.referrals.refer(f.laia, c.caseFileId(), null, kind, "Centre de Salut Mental de Girona",
                "Valoració psicològica");
    }

    @Test
    void aConsentIsRecordedWithItsDocumentAndWithdrawnWithoutBeingDeleted() throws Exception {
        Path scan = Files.writeString(dir.resolve("consentiment-signat.pdf"), "%PDF-1.4 signat");
        UUID doc = f.attachments.add(f.laia, c.caseFileId(), c.personId(), scan, "Consentiment signat");
        UUID id = f.consents.record(f.laia, c.personId(), ConsentPurpose.HEALTH_DATA, TODAY.minusDays(2), doc,
                "Signat a l’entrevista");
        ConsentItem item = f.consents.consents(f.laia, c.personId()).getFirst();
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.purpose()).isEqualTo("HEALTH_DATA");
        assertThat(item.documentName()).isEqualTo("consentiment-signat.pdf");
        assertThat(item.active()).isTrue();
        assertThat(f.count("outbox WHERE entity_type = 'consent'")).isEqualTo(1);

        assertThatThrownBy(() -> f.consents.withdraw(f.laia, id, item.rowVersion(), TODAY.minusDays(3)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get("withdrawnOn").key())
                        .isEqualTo("consent.error.beforeGiven"));
        assertThatThrownBy(() -> f.consents.withdraw(f.laia, id, item.rowVersion(), TODAY.plusDays(1)))
                .isInstanceOf(ValidationException.class);
        f.consents.withdraw(f.laia, id, item.rowVersion(), TODAY);
        ConsentItem withdrawn = f.consents.consents(f.laia, c.personId()).getFirst();
        assertThat(withdrawn.withdrawnOn()).isEqualTo(TODAY);
        assertThat(withdrawn.active()).isFalse();
        assertThat(f.count("consent")).isEqualTo(1);
        assertThat(f.count("outbox WHERE entity_type = 'consent' AND kind = 'PATCH'")).isEqualTo(1);
        assertThatThrownBy(() -> f.consents.withdraw(f.laia, id, withdrawn.rowVersion(), TODAY))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void badInputIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> f.consents.record(f.laia, c.personId(), null, null, null, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().byField()).containsKeys("purpose", "givenOn"));
        assertThatThrownBy(() -> f.consents.record(f.laia, c.personId(), ConsentPurpose.IMAGE, TODAY.plusDays(1), null,
                null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.consents.record(f.laia, c.personId(), ConsentPurpose.IMAGE, TODAY, UUID.randomUUID(),
                null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.consents.record(f.laia, c.personId(), ConsentPurpose.IMAGE, TODAY, null,
                "x".repeat(ConsentService.NOTES_MAX + 1))).isInstanceOf(ValidationException.class);
        // A professional of another team does not see her.
        assertThatThrownBy(() -> f.consents.record(f.pau, c.personId(), ConsentPurpose.IMAGE, TODAY, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.count("consent")).isZero();
        assertThat(f.count("outbox WHERE entity_type = 'consent'")).isZero();
    }

    @Test
    void aReferralToAnExternalServiceNeedsAnActiveConsentToShareTheFile() {
        assertThatThrownBy(() -> refer(ReferralTargetKind.SERVICE)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get("consent").key())
                        .isEqualTo("referral.error.noConsent"));
        assertThatThrownBy(() -> refer(ReferralTargetKind.MUNICIPALITY)).isInstanceOf(ValidationException.class);
        // Inside the council's social services: no consent asked.
        refer(ReferralTargetKind.TEAM);
        refer(ReferralTargetKind.PROFESSIONAL);
        // A consent to another purpose, or one given from tomorrow on, is not one to share the file today.
        f.consents.record(f.laia, c.personId(), ConsentPurpose.IMAGE, TODAY, null, null);
        assertThatThrownBy(() -> refer(ReferralTargetKind.SERVICE)).isInstanceOf(ValidationException.class);
        assertThat(f.referrals.referrals(f.laia, c.caseFileId())).hasSize(2);

        UUID consent = f.consents.record(f.laia, c.personId(), ConsentPurpose.SHARING, TODAY.minusMonths(1), null, null);
        UUID ref = refer(ReferralTargetKind.SERVICE);
        assertThat(f.referrals.referrals(f.laia, c.caseFileId())).extracting(CaseRecords.ReferralItem::id).contains(ref);
        f.referrals.requireConsentToPrintLatest(f.laia, c.caseFileId());

        long v = f.consents.consents(f.laia, c.personId()).stream().filter(i -> i.id().equals(consent)).findFirst()
                .orElseThrow().rowVersion();
        f.consents.withdraw(f.laia, consent, v, TODAY);
        assertThatThrownBy(() -> refer(ReferralTargetKind.SERVICE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.referrals.requireConsentToPrintLatest(f.laia, c.caseFileId()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aConsentGivenNowIsRecordedWithTheReferralInOneTransaction() {
        assertThatThrownBy(() -> f.referrals.referWithConsentGivenToday(f.laia, c.caseFileId(), null,
                ReferralTargetKind.SERVICE, " ", "Valoració")).isInstanceOf(ValidationException.class);
        assertThat(f.count("consent")).isZero();
        long before = f.outboxCount();

        f.referrals.referWithConsentGivenToday(f.laia, c.caseFileId(), null, ReferralTargetKind.SERVICE,
                "Centre de Salut Mental de Girona", "Valoració psicològica");
        ConsentItem given = f.consents.consents(f.laia, c.personId()).getFirst();
        assertThat(given.purpose()).isEqualTo("SHARING");
        assertThat(given.givenOn()).isEqualTo(TODAY);
        assertThat(f.referrals.referrals(f.laia, c.caseFileId())).hasSize(1);
        assertThat(f.outboxCount() - before).isEqualTo(2);
        assertThat(f.count("(SELECT DISTINCT tx_id FROM outbox WHERE entity_type IN ('consent', 'referral'))"))
                .isEqualTo(1);
    }

    @Test
    void theConsentsOfACaseFileAreThoseOfEachCurrentMemberAndFollowAMerge() {
        UUID son = f.people.addToHousehold(f.laia, c.householdId(), PersonForm.basic("Pol", "Pagès", "Muñoz",
                IdDocumentType.NONE, null, LocalDate.of(2012, 6, 2), Sex.M), "3", LocalDate.of(2020, 1, 1));
        f.consents.record(f.laia, son, ConsentPurpose.IMAGE, TODAY, null, "Fotos del casal");
        List<ConsentService.PersonConsents> byPerson = f.consents.byCaseFile(f.laia, c.caseFileId());
        assertThat(byPerson).extracting(ConsentService.PersonConsents::name).containsExactly("Núria Pagès Muñoz",
                "Pol Pagès Muñoz");
        assertThat(byPerson.get(1).consents()).extracting(ConsentItem::notes).containsExactly("Fotos del casal");

        PersonService.Created dup = f.people.createWithNewHousehold(f.laia, PersonForm.basic("Pol", "Pagès", null,
                IdDocumentType.NONE, null, LocalDate.of(2012, 6, 2), Sex.M), null);
        f.consents.record(f.laia, dup.personId(), ConsentPurpose.SHARING, TODAY, null, "A l’altra fitxa");
        f.people.merge(f.laia, son, dup.personId());
        assertThat(f.consents.consents(f.laia, son)).extracting(ConsentItem::notes)
                .containsExactlyInAnyOrder("Fotos del casal", "A l’altra fitxa");
    }
}
