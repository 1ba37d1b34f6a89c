package cat.teixit.logic.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.CaseFixture;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.model.agenda.Appointment;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.model.common.StaleRecordException;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.testing.ManualClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda's use cases on a real store: validation, clashes and their override, cancel, move, outcomes. */
class AppointmentServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CaseFixture f;
    private ManualClock clock;
    private AppointmentService agenda;
    private PersonService.Created nuria;
    private LocalDate monday;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
        clock = new ManualClock(Instant.now());
        agenda = new AppointmentService(f.store, new ChangeRecorder(DeviceIdentity.clockFor(f.store, Clock.systemUTC()),
                Clock.systemUTC()), new AccessPolicy(), clock);
        nuria = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), "2");
        monday = AppointmentService.mondayOf(agenda.today()).plusWeeks(1);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(AppointmentService.ZONE).toInstant();
    }

    private AppointmentForm firstVisit(UUID professional, int hour, String room) {
        return new AppointmentForm(professional, nuria.personId(), null, nuria.caseFileId(), AppointmentKind.FIRST_VISIT,
                at(monday, hour, 0), at(monday, hour, 45), room, agenda.today(), "Primera entrevista", false);
    }

    private AppointmentItem item(UUID id) {
        return agenda.week(f.laia, List.of(), monday).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private Appointment stored(UUID id) {
        return f.store.read(tx -> tx.appointments().find(id)).orElseThrow();
    }

    private static String errorKey(Throwable e, String field) {
        return ((ValidationException) e).errors().get(field).key();
    }

    @Test
    void booksAFirstVisitFromACaseFileWithItsHouseholdAndAnOutboxEntry() {
        long outbox = f.outboxCount();
        UUID id = agenda.book(f.laia, firstVisit(f.laia.id(), 10, "Sala 1"), false);

        AppointmentItem a = item(id);
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.form().householdId()).isEqualTo(nuria.householdId());
        assertThat(a.personName()).startsWith("Núria Pagès");
        assertThat(a.professionalName()).isEqualTo("Laia Puig Ferrer");
        assertThat(a.caseNumber()).isNotBlank();
        assertThat(a.requestDate()).isEqualTo(agenda.today());
        assertThat(a.doubleBookedOverride()).isFalse();
        assertThat(f.outboxCount()).isEqualTo(outbox + 1);
        assertThat(agenda.day(f.laia, List.of(f.laia.id()), monday)).extracting(AppointmentItem::id).containsExactly(id);
        assertThat(agenda.day(f.laia, List.of(f.jordi.id()), monday)).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStartAndABookingInThePastSavingNothing() {
        long outbox = f.outboxCount();
        AppointmentForm backwards = firstVisit(f.laia.id(), 10, null).movedTo(at(monday, 11, 0), at(monday, 10, 0), null);
        assertThatThrownBy(() -> agenda.book(f.laia, backwards, false))
                .satisfies(e -> assertThat(errorKey(e, "endsAt")).isEqualTo("agenda.error.endBeforeStart"));
        LocalDate yesterday = agenda.today().minusDays(1);
        AppointmentForm past = firstVisit(f.laia.id(), 10, null).movedTo(at(yesterday, 10, 0), at(yesterday, 11, 0), null);
        assertThatThrownBy(() -> agenda.book(f.laia, past, false))
                .satisfies(e -> assertThat(errorKey(e, "startsAt")).isEqualTo("agenda.error.past"));
        assertThat(f.count("appointment")).isZero();
        assertThat(f.outboxCount()).isEqualTo(outbox);
    }

    @Test
    void refusesAClashWithTheSameProfessionalNamingItUnlessOverriddenWhichIsRecorded() {
        agenda.book(f.laia, firstVisit(f.laia.id(), 10, null), false);
        AppointmentForm overlapping = firstVisit(f.laia.id(), 10, null).movedTo(at(monday, 10, 30), at(monday, 11, 0), null);

        assertThatThrownBy(() -> agenda.book(f.laia, overlapping, false)).satisfies(e -> {
            var p = ((ValidationException) e).errors().get(AppointmentService.CLASH);
            assertThat(p.key()).isEqualTo("agenda.error.clashProfessional");
            assertThat(p.args()).containsExactly("Laia Puig Ferrer",
                    String.format("%02d/%02d/%d 10:00–10:45", monday.getDayOfMonth(), monday.getMonthValue(),
                            monday.getYear()));
        });
        assertThat(f.count("appointment")).isEqualTo(1);

        UUID forced = agenda.book(f.laia, overlapping, true);
        assertThat(item(forced).doubleBookedOverride()).isTrue();
        assertThat(stored(forced).syncFields()).containsEntry("double_booked_override", 1);
        // Back to back is no clash.
        UUID after = agenda.book(f.laia, overlapping.movedTo(at(monday, 11, 0), at(monday, 12, 0), null), false);
        assertThat(item(after).doubleBookedOverride()).isFalse();
    }

    @Test
    void refusesAClashOfTheRoomWithAnotherProfessionalButNotACancelledOne() {
        UUID laias = agenda.book(f.laia, firstVisit(f.laia.id(), 10, "Sala 1"), false);
        assertThatThrownBy(() -> agenda.book(f.laia, firstVisit(f.jordi.id(), 10, "Sala 1"), false))
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(AppointmentService.CLASH).args()[0])
                        .isEqualTo("Sala 1"));
        agenda.book(f.laia, firstVisit(f.jordi.id(), 10, "Sala 2"), false);

        agenda.cancel(f.laia, laias, item(laias).rowVersion(), "La persona ha trucat per anul·lar");
        assertThat(agenda.book(f.laia, firstVisit(f.jordi.id(), 10, "Sala 1").movedTo(at(monday, 10, 0),
                at(monday, 10, 30), "Sala 1"), true)).isNotNull();
    }

    @Test
    void aRoomOfAnotherTeamsOfficeWithTheSameNameIsNoClash() {
        agenda.book(f.laia, firstVisit(f.laia.id(), 10, "Despatx 1"), false);
        var joan = f.people.createWithNewHousehold(f.pau, cat.teixit.logic.casefile.PersonForm.basic("Joan", "Vilà",
                null, cat.teixit.model.casefile.IdDocumentType.DNI, "00000000T", LocalDate.of(1970, 5, 2),
                cat.teixit.model.casefile.Sex.M), "2");
        AppointmentForm pauInHisOffice = new AppointmentForm(f.pau.id(), joan.personId(), null, joan.caseFileId(),
                AppointmentKind.FIRST_VISIT, at(monday, 10, 0), at(monday, 10, 45), "Despatx 1", agenda.today(), null,
                false);

        UUID id = agenda.book(f.pau, pauInHisOffice, false);
        assertThat(stored(id).isDoubleBookedOverride()).isFalse();
    }

    @Test
    void cancelNeedsAReasonAndThenTheAppointmentCannotBeMoved() {
        UUID id = agenda.book(f.laia, firstVisit(f.laia.id(), 10, null), false);
        long version = item(id).rowVersion();
        assertThatThrownBy(() -> agenda.cancel(f.laia, id, version, "  "))
                .satisfies(e -> assertThat(errorKey(e, "cancelReason")).isEqualTo("agenda.error.reasonRequired"));
        assertThat(item(id).status()).isEqualTo(AppointmentStatus.BOOKED);

        agenda.cancel(f.laia, id, version, "Malaltia");
        AppointmentItem cancelled = item(id);
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Malaltia");
        assertThat(lastPatch(id)).containsOnlyKeys("status", "cancel_reason");
        assertThatThrownBy(() -> agenda.move(f.laia, cancelled, at(monday, 12, 0), at(monday, 13, 0), null, false))
                .satisfies(e -> assertThat(errorKey(e, "startsAt")).isEqualTo("agenda.error.notBooked"));
        assertThatThrownBy(() -> agenda.cancel(f.laia, id, version, "Una altra"))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void moveWritesOnlyTheTimeAndIsCheckedForClashes() {
        UUID other = agenda.book(f.laia, firstVisit(f.laia.id(), 12, null), false);
        UUID id = agenda.book(f.laia, firstVisit(f.laia.id(), 10, "Sala 1"), false);

        agenda.move(f.laia, item(id), at(monday.plusDays(1), 9, 0), at(monday.plusDays(1), 9, 45), "Sala 1", false);
        AppointmentItem moved = item(id);
        assertThat(moved.startsAt()).isEqualTo(at(monday.plusDays(1), 9, 0));
        assertThat(moved.room()).isEqualTo("Sala 1");
        assertThat(moved.form().notes()).isEqualTo("Primera entrevista");
        assertThat(lastPatch(id)).containsOnlyKeys("starts_at", "ends_at");

        assertThatThrownBy(() -> agenda.move(f.laia, item(id), at(monday, 12, 15), at(monday, 13, 0), "Sala 1", false))
                .satisfies(e -> assertThat(errorKey(e, AppointmentService.CLASH)).isEqualTo("agenda.error.clashProfessional"));
        assertThat(item(id).startsAt()).isEqualTo(at(monday.plusDays(1), 9, 0));
        assertThat(item(other).doubleBookedOverride()).isFalse();
    }

    @Test
    void anEditWritesOnlyTheChangedFieldsAndRefusesAFieldChangedMeanwhile() {
        UUID id = agenda.book(f.laia, firstVisit(f.laia.id(), 10, null), false);
        AppointmentItem loaded = item(id);
        AppointmentForm f1 = loaded.form();
        AppointmentForm notes = new AppointmentForm(f1.professionalId(), f1.personId(), f1.householdId(),
                f1.caseFileId(), f1.kind(), f1.startsAt(), f1.endsAt(), f1.room(), f1.requestDate(),
                "Porta l’informe mèdic", f1.confidential());
        agenda.update(f.laia, id, Edit.of(f1, notes), false);
        assertThat(lastPatch(id)).containsOnlyKeys("notes");

        // The same form, loaded before the notes changed, changing them again: refused as stale.
        AppointmentForm other = new AppointmentForm(f1.professionalId(), f1.personId(), f1.householdId(),
                f1.caseFileId(), f1.kind(), f1.startsAt(), f1.endsAt(), f1.room(), f1.requestDate(),
                "Una altra nota", f1.confidential());
        assertThatThrownBy(() -> agenda.update(f.laia, id, Edit.of(f1, other), false))
                .isInstanceOf(StaleRecordException.class);
        // Another field of the same old form merges.
        agenda.update(f.laia, id, Edit.of(f1, f1.movedTo(f1.startsAt(), f1.endsAt(), "Despatx 3")), false);
        assertThat(item(id).room()).isEqualTo("Despatx 3");
        assertThat(item(id).form().notes()).isEqualTo("Porta l’informe mèdic");
    }

    @Test
    void attendedAndNoShowOnlyOnceStartedAndThenInTheSocialHistory() {
        UUID came = agenda.book(f.laia, firstVisit(f.laia.id(), 10, null), false);
        UUID missed = agenda.book(f.laia, firstVisit(f.laia.id(), 12, null), false);
        UUID later = agenda.book(f.laia, firstVisit(f.laia.id(), 16, null), false);
        assertThatThrownBy(() -> agenda.markAttended(f.laia, came, item(came).rowVersion()))
                .satisfies(e -> assertThat(errorKey(e, "status")).isEqualTo("agenda.error.notYet"));

        clock.set(at(monday, 13, 0));
        agenda.markAttended(f.laia, came, item(came).rowVersion());
        agenda.markNoShow(f.laia, missed, item(missed).rowVersion());
        assertThat(lastPatch(came)).containsOnlyKeys("status");
        assertThat(item(came).status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(item(missed).status()).isEqualTo(AppointmentStatus.NO_SHOW);

        List<TimelineEntry> history = f.timeline.entries(f.laia, nuria.caseFileId(),
                new TimelineService.Filter(Set.of(TimelineEntry.Kind.APPOINTMENT), null, null, null));
        assertThat(history).extracting(TimelineEntry::id).containsExactly(missed, came);
        assertThat(history).extracting(TimelineEntry::subtype).containsExactly("FIRST_VISIT/NO_SHOW",
                "FIRST_VISIT/ATTENDED");
        assertThat(history.getFirst().at()).isEqualTo(at(monday, 12, 0));
        assertThat(history).extracting(TimelineEntry::id).doesNotContain(later);
    }

    @Test
    void todayListsTheUsersOwnAppointmentsButNotTheCancelledOnes() {
        clock.set(at(monday, 8, 0));
        UUID mine = agenda.book(f.laia, firstVisit(f.laia.id(), 10, null), false);
        UUID cancelled = agenda.book(f.laia, firstVisit(f.laia.id(), 12, null), false);
        agenda.book(f.laia, firstVisit(f.jordi.id(), 10, null), false);
        agenda.cancel(f.laia, cancelled, item(cancelled).rowVersion(), "Anul·lada per la persona");

        assertThat(agenda.today(f.laia)).extracting(AppointmentItem::id).containsExactly(mine);
        assertThat(agenda.week(f.laia, List.of(f.laia.id(), f.jordi.id()), monday.plusDays(3))).hasSize(3);
        assertThat(agenda.professionals(f.laia).getFirst().id()).isEqualTo(f.laia.id());
    }

    @Test
    void confidentialNotesAreHiddenFromColleaguesButNotFromTheTeamLead() {
        AppointmentForm form = firstVisit(f.jordi.id(), 10, null);
        UUID id = agenda.book(f.jordi, new AppointmentForm(form.professionalId(), form.personId(), null,
                form.caseFileId(), form.kind(), form.startsAt(), form.endsAt(), null, null, "Violència masclista", true),
                false);
        assertThat(item(id).form().notes()).isNull();
        assertThat(item(id).form().confidential()).isTrue();
        for (var reader : List.of(f.montse, f.jordi)) {
            assertThat(agenda.week(reader, List.of(), monday)).singleElement()
                    .satisfies(a -> assertThat(a.form().notes()).isEqualTo("Violència masclista"));
        }
    }

    @Test
    void anotherTeamsProfessionalOrCaseFileCannotBeBooked() {
        assertThatThrownBy(() -> agenda.book(f.laia, firstVisit(f.pau.id(), 10, null), false))
                .satisfies(e -> assertThat(errorKey(e, "professionalId")).isEqualTo("agenda.error.notColleague"));
        assertThat(agenda.week(f.pau, List.of(), monday)).isEmpty();
        assertThat(Duration.between(at(monday, 10, 0), at(monday, 10, 45))).isEqualTo(Duration.ofMinutes(45));
    }

    /** The fields of the newest outbox entry of an appointment. */
    private Map<String, Object> lastPatch(UUID id) {
        List<OutboxEntry> ops = f.store.read(tx -> tx.outbox().oldest(10_000)).stream()
                .filter(e -> e.getEntityId().equals(id)).toList();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = JSON.readValue(ops.getLast().getPayload(), Map.class);
            return fields;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
