package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything recorded on a case file: interventions, confidentiality, resources, plans, referrals, files. */
class CaseRecordsTest {

    @TempDir
    Path dir;
    CaseFixture f;
    PersonService.Created c;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir, 1);
        c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private UUID note(cat.teixit.logic.auth.CurrentUser who, String text, boolean confidential) {
        return f.interventions.add(who, c.caseFileId(), new InterventionForm(InterventionKind.HOME_VISIT,
                LocalDate.now(CaseDeps.ZONE), null, 45, c.personId(), List.of(), text, confidential));
    }

    @Test
    void confidentialNotesAreReadableOnlyByTheirAuthorAndTheTeamLead() {
        UUID id = note(f.laia, "Violència de gènere: cal coordinar amb els Mossos.", true);
        note(f.laia, "Visita ordinària.", false);
        TimelineEntry forJordi = f.timeline.entries(f.jordi, c.caseFileId(), TimelineService.Filter.ALL).stream()
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        assertThat(forJordi.hidden()).isTrue();
        assertThat(forJordi.summary()).isNull();
        assertThatThrownBy(() -> f.interventions.get(f.jordi, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.interventions.get(f.laia, id).notes()).contains("Mossos");
        assertThat(f.interventions.get(f.montse, id).notes()).contains("Mossos");
        assertThat(f.timeline.entries(f.montse, c.caseFileId(), TimelineService.Filter.ALL))
                .filteredOn(e -> e.id().equals(id)).singleElement().satisfies(e -> assertThat(e.hidden()).isFalse());
    }

    @Test
    void theTimelineFiltersByKindAuthorAndDateNewestFirst() {
        note(f.laia, "Primera", false);
        note(f.jordi, "Segona", false);
        f.resources.addDemand(f.laia, c.caseFileId(), c.personId(), "1", "Informació sobre ajuts de lloguer");
        List<TimelineEntry> all = f.timeline.entries(f.laia, c.caseFileId(), TimelineService.Filter.ALL);
        assertThat(all).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.EVENT, TimelineEntry.Kind.DEMAND,
                TimelineEntry.Kind.INTERVENTION);
        assertThat(all.getFirst().at()).isAfterOrEqualTo(all.getLast().at());
        var onlyJordi = new TimelineService.Filter(Set.of(TimelineEntry.Kind.INTERVENTION), f.jordi.id(), null, null);
        assertThat(f.timeline.entries(f.laia, c.caseFileId(), onlyJordi)).extracting(TimelineEntry::summary)
                .containsExactly("Segona");
        var tomorrow = LocalDate.now(CaseDeps.ZONE).plusDays(1).atStartOfDay(CaseDeps.ZONE).toInstant();
        assertThat(f.timeline.entries(f.laia, c.caseFileId(), new TimelineService.Filter(Set.of(), null, tomorrow, null)))
                .isEmpty();
    }

    @Test
    void interventionsRefuseFutureDatesEmptyNotesAndImpossibleDurations() {
        assertThatThrownBy(() -> f.interventions.add(f.laia, c.caseFileId(), new InterventionForm(InterventionKind.OTHER,
                LocalDate.now(CaseDeps.ZONE).plusDays(1), null, null, null, List.of(), "x", false)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.interventions.add(f.laia, c.caseFileId(), new InterventionForm(InterventionKind.OTHER,
                LocalDate.now(CaseDeps.ZONE), null, 5000, null, List.of(), "  ", false)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().byField()).containsKeys("duration", "notes"));
        assertThat(f.count("intervention")).isZero();
    }

    @Test
    void resourcesFollowTheirStatusFlowWithCost() {
        UUID r = f.resources.propose(f.laia, c.caseFileId(), c.personId(), null, null, "1.1.2.1", 12_345L, null);
        ResourceAssignment ra = f.resources.resources(f.laia, c.caseFileId()).getFirst();
        assertThatThrownBy(() -> f.resources.changeStatus(f.laia, r, ra.getRowVersion(), ResourceStatus.STARTED, null))
                .isInstanceOf(ValidationException.class);
        f.resources.changeStatus(f.laia, r, ra.getRowVersion(), ResourceStatus.REQUESTED, null);
        long v = f.resources.resources(f.laia, c.caseFileId()).getFirst().getRowVersion();
        f.resources.changeStatus(f.laia, r, v, ResourceStatus.GRANTED, 20_000L);
        ResourceAssignment granted = f.resources.resources(f.laia, c.caseFileId()).getFirst();
        assertThat(granted.getStatus()).isEqualTo(ResourceStatus.GRANTED);
        assertThat(granted.getCostCents()).isEqualTo(20_000L);
        assertThatThrownBy(() -> f.resources.propose(f.laia, c.caseFileId(), null, null, null, "9.9.9", null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anOverdueReviewIsFlaggedOnThePlanAndTheCaseFile() {
        LocalDate today = LocalDate.now(CaseDeps.ZONE);
        UUID plan = f.plans.create(f.laia, c.caseFileId(), "Inserció laboral", today.minusMonths(4), today.minusDays(3));
        UUID goal = f.plans.addGoal(f.laia, plan, "Trobar feina a mitja jornada");
        f.plans.addAction(f.laia, plan, goal, "Inscripció al SOC", "Núria", today.plusDays(7));
        CaseRecords.PlanItem v = f.plans.plans(f.laia, c.caseFileId()).getFirst();
        assertThat(v.reviewOverdue()).isTrue();
        assertThat(v.goals()).hasSize(1);
        assertThat(v.actions()).singleElement().satisfies(a -> assertThat(a.responsible()).isEqualTo("Núria"));
        assertThat(f.caseFiles.load(f.laia, c.caseFileId()).alerts()).contains(CaseFileDetails.Alert.REVIEW_OVERDUE);
        assertThat(f.caseFiles.mine(f.laia)).first().satisfies(s -> assertThat(s.reviewOn()).isBefore(today));
        assertThatThrownBy(() -> f.plans.create(f.laia, c.caseFileId(), "X", today, today.minusDays(1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aRejectedReferralNeedsItsReasonAndIsAnsweredOnce() {
        f.consentToSharing(f.laia, c.personId());
        UUID r = f.referrals.refer(f.laia, c.caseFileId(), c.personId(), ReferralTargetKind.SERVICE, "CAP Girona 2",
                "Valoració de salut mental");
        long v = f.referrals.referrals(f.laia, c.caseFileId()).getFirst().rowVersion();
        assertThatThrownBy(() -> f.referrals.answer(f.laia, r, v, false, " ")).isInstanceOf(ValidationException.class);
        f.referrals.answer(f.laia, r, v, false, "No és del seu àmbit");
        var answered = f.referrals.referrals(f.laia, c.caseFileId()).getFirst();
        assertThat(answered.status()).isEqualTo(ReferralStatus.REJECTED);
        assertThatThrownBy(() -> f.referrals.answer(f.laia, r, answered.rowVersion(), true, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void filesAreStoredOnceByContentAndATooLargeOneIsRefused() throws Exception {
        Path a = Files.writeString(dir.resolve("nòmina.pdf"), "%PDF-1.7 fictitious payslip");
        Path copy = Files.copy(a, dir.resolve("nomina-copia.pdf"));
        UUID first = f.attachments.add(f.laia, c.caseFileId(), c.personId(), a, "Nòmina d’octubre");
        f.attachments.add(f.laia, c.caseFileId(), c.personId(), copy, null);
        var list = f.attachments.attachments(f.laia, c.caseFileId());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).sha256()).isEqualTo(list.get(1).sha256());
        try (var files = Files.walk(dir.resolve("attachments"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
        Path view = f.attachments.copyForViewing(f.laia, first);
        assertThat(view.getFileName().toString()).isEqualTo("nòmina.pdf");
        assertThat(Files.readString(view)).isEqualTo("%PDF-1.7 fictitious payslip");

        Path big = dir.resolve("scan.tiff");
        Files.write(big, new byte[2 * 1024 * 1024]);
        assertThatThrownBy(() -> f.attachments.add(f.laia, c.caseFileId(), null, big, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get("file").key())
                        .isEqualTo("attachment.error.tooLarge"));
        assertThat(f.attachments.attachments(f.laia, c.caseFileId())).hasSize(2);
    }

    @Test
    void aStoredFileThatWasTamperedWithIsRefusedWithAMessageAndNoCopyIsMade() throws Exception {
        Path a = Files.writeString(dir.resolve("informe.pdf"), "%PDF-1.7 informe social de prova");
        UUID id = f.attachments.add(f.laia, c.caseFileId(), c.personId(), a, null);
        Path stored;
        try (var files = Files.walk(dir.resolve("attachments"))) {
            stored = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        byte[] sealed = Files.readAllBytes(stored);
        sealed[sealed.length - 3] ^= 0x20;
        Files.write(stored, sealed);
        for (var open : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> f.attachments.copyForViewing(f.laia, id), () -> f.attachments.read(f.laia, id))) {
            assertThatThrownBy(open).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get("file").key())
                            .isEqualTo("attachment.error.damaged"));
        }
        try (var copies = Files.walk(dir.resolve("tmp/open"))) {
            assertThat(copies.filter(Files::isRegularFile)).as("no copy, not even a half-written one").isEmpty();
        }
        // The case file still lists it; the other files open as before.
        assertThat(f.attachments.attachments(f.laia, c.caseFileId())).hasSize(1);
    }

    @Test
    void closingNeedsAReasonAndReopeningContinuesTheHistory() {
        long v = f.caseFiles.load(f.laia, c.caseFileId()).rowVersion();
        assertThatThrownBy(() -> f.caseFiles.close(f.laia, c.caseFileId(), v, null, LocalDate.now(CaseDeps.ZONE)))
                .isInstanceOf(ValidationException.class);
        f.caseFiles.close(f.laia, c.caseFileId(), v, "5", LocalDate.now(CaseDeps.ZONE));
        CaseFileDetails closed = f.caseFiles.load(f.laia, c.caseFileId());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closingReason()).isEqualTo("5");
        f.caseFiles.reopen(f.laia, c.caseFileId(), closed.rowVersion());
        assertThat(f.caseFiles.load(f.laia, c.caseFileId()).status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(f.timeline.entries(f.laia, c.caseFileId(), TimelineService.Filter.ALL)).extracting(TimelineEntry::subtype)
                .containsSubsequence("REOPENED", "CLOSED", "OPENED");
    }

    @Test
    void membersJoinAndLeaveAndTheirPastStaysVisible() {
        UUID son = f.people.addToHousehold(f.laia, c.householdId(), PersonForm.basic("Pol", "Serra", "Pagès",
                IdDocumentType.NONE, null, LocalDate.now(CaseDeps.ZONE).minusYears(9), Sex.M), "3",
                LocalDate.now(CaseDeps.ZONE).minusYears(9));
        CaseFileDetails d = f.caseFiles.load(f.laia, c.caseFileId());
        assertThat(d.members()).hasSize(2);
        assertThat(d.alerts()).contains(CaseFileDetails.Alert.MINOR_IN_HOUSEHOLD);
        UUID membership = d.members().stream().filter(m -> m.personId().equals(son)).findFirst().orElseThrow().memberId();
        assertThatThrownBy(() -> f.households.endMembership(f.laia, membership, LocalDate.now(CaseDeps.ZONE).plusDays(1)))
                .isInstanceOf(ValidationException.class);
        f.households.endMembership(f.laia, membership, LocalDate.now(CaseDeps.ZONE));
        CaseFileDetails after = f.caseFiles.load(f.laia, c.caseFileId());
        assertThat(after.members()).hasSize(1);
        assertThat(after.pastMembers()).singleElement().satisfies(m -> assertThat(m.givenName()).isEqualTo("Pol"));
        UUID refMembership = after.members().getFirst().memberId();
        assertThatThrownBy(() -> f.households.endMembership(f.laia, refMembership, LocalDate.now(CaseDeps.ZONE)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void searchIgnoresAccentsCaseAndOrderAndFindsDocumentsPhonesAndCaseNumbers() {
        f.people.createWithNewHousehold(f.laia, PersonForm.basic("Núria", "Pagès", "Col·lell", IdDocumentType.NONE, null,
                LocalDate.of(2001, 5, 5), Sex.F), null);
        assertThat(f.search.search(f.laia, "nuria pages", 10, Language.CATALAN)).hasSize(2);
        assertThat(f.search.search(f.laia, "PAGÈS núria", 10, Language.CATALAN)).hasSize(2);
        assertThat(f.search.search(f.laia, "collell", 10, Language.CATALAN)).singleElement()
                .satisfies(h -> assertThat(h.age()).isNotNull());
        assertThat(f.search.search(f.laia, "col·lell", 10, Language.CATALAN)).hasSize(1);
        assertThat(f.search.search(f.laia, "munoz", 10, Language.CATALAN)).singleElement()
                .satisfies(h -> assertThat(h.docTail()).isEqualTo("···678Z"));
        assertThat(f.search.search(f.laia, "12345678z", 10, Language.CATALAN)).hasSize(1);
        assertThat(f.search.search(f.laia, "600 123 456", 10, Language.CATALAN)).hasSize(1);
        String number = f.caseFiles.load(f.laia, c.caseFileId()).number();
        assertThat(f.search.search(f.laia, number.toLowerCase(), 10, Language.CATALAN)).singleElement()
                .satisfies(h -> assertThat(h.caseNumber()).isEqualTo(number));
        assertThat(f.search.search(f.laia, "\"OR * NEAR(", 10, Language.CATALAN)).isEmpty();
        assertThat(f.search.search(f.laia, "x".repeat(5000), 10, Language.CATALAN)).isEmpty();
    }
}
