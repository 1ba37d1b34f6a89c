package cat.teixit.logic.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appointments travel through the real central server like any record: booked on one workstation, in the team's
 * week on a colleague's; a move on one and a note on the other, both offline, merge field by field; a
 * cancellation arrives with its reason.
 */
class AppointmentSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(AppointmentService.ZONE).toInstant();
    }

    private static AppointmentItem only(Station s, LocalDate week) {
        List<AppointmentItem> all = s.w.agenda().week(s.user, List.of(), week);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void anAppointmentBookedOnOneWorkstationIsInTheTeamsWeekOnTheOtherAndEditsMerge() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            PersonService.Created c = a.newPerson("Núria", "Pagès");
            LocalDate monday = AppointmentService.mondayOf(a.w.agenda().today()).plusWeeks(2);
            UUID id = a.w.agenda().book(a.user, new AppointmentForm(a.user.id(), c.personId(), null, c.caseFileId(),
                    AppointmentKind.FIRST_VISIT, at(monday, 10), at(monday, 11), "Sala 1", monday.minusWeeks(3),
                    null, false), false);
            a.syncOk();
            b.syncOk();

            AppointmentItem onB = only(b, monday);
            assertThat(onB.id()).isEqualTo(id);
            assertThat(onB.professionalId()).isEqualTo(a.user.id());
            assertThat(onB.personName()).startsWith("Núria Pagès");
            assertThat(onB.caseNumber()).isNotBlank();
            assertThat(onB.requestDate()).isEqualTo(monday.minusWeeks(3));
            assertThat(onB.room()).isEqualTo("Sala 1");
            // The booking's clash rules see it there too.
            assertThat(b.w.agenda().day(b.user, List.of(a.user.id()), monday)).hasSize(1);

            // Offline: Jordi moves it to Tuesday, Laia writes a note; both sync; both have both.
            b.w.agenda().move(b.user, onB, at(monday.plusDays(1), 9), at(monday.plusDays(1), 10), "Sala 2", false);
            AppointmentItem onA = only(a, monday);
            AppointmentForm noted = new AppointmentForm(onA.form().professionalId(), onA.form().personId(),
                    onA.form().householdId(), onA.form().caseFileId(), onA.kind(), onA.startsAt(), onA.endsAt(),
                    onA.room(), onA.requestDate(), "Ve amb la seva filla", false);
            a.w.agenda().update(a.user, id, Edit.of(onA.form(), noted), false);
            b.syncOk();
            a.syncOk();
            b.syncOk();
            for (Station s : List.of(a, b)) {
                AppointmentItem merged = only(s, monday);
                assertThat(merged.startsAt()).isEqualTo(at(monday.plusDays(1), 9));
                assertThat(merged.room()).isEqualTo("Sala 2");
                assertThat(merged.form().notes()).isEqualTo("Ve amb la seva filla");
            }

            a.w.agenda().cancel(a.user, id, only(a, monday).rowVersion(), "La persona ha trobat feina");
            a.syncOk();
            b.syncOk();
            AppointmentItem cancelled = only(b, monday);
            assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(cancelled.cancelReason()).isEqualTo("La persona ha trobat feina");
        }
    }

    @Test
    void theSameAppointmentMovedOnBothWorkstationsOfflineIsAConflictShownSideBySide() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            LocalDate monday = AppointmentService.mondayOf(a.w.agenda().today()).plusWeeks(3);
            UUID id = a.w.agenda().book(a.user, new AppointmentForm(a.user.id(), null, null, null,
                    AppointmentKind.FOLLOW_UP, at(monday, 10), at(monday, 11), null, null, "Reunió d’equip", false),
                    false);
            a.syncOk();
            b.syncOk();

            a.w.agenda().move(a.user, only(a, monday), at(monday, 12), at(monday, 13), null, false);
            b.w.agenda().move(b.user, only(b, monday), at(monday, 16), at(monday, 17), null, false);
            assertThat(a.syncOk().conflicts()).isZero();
            assertThat(b.syncOk().conflicts()).isEqualTo(1);
            List<ConflictService.Summary> open = b.w.conflicts().open(b.user);
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.entityType()).isEqualTo("appointment");
                assertThat(c.entityId()).isEqualTo(id);
                assertThat(c.fields()).containsExactlyInAnyOrder("starts_at", "ends_at");
            });
            // Nothing was overwritten silently: Laia's move stands on the server until the conflict is resolved.
            a.syncOk();
            assertThat(only(a, monday).startsAt()).isEqualTo(at(monday, 12));
        }
    }

    /**
     * Laia books 10:00 on her laptop offline; Jordi books her 10:30 from the office, also before any sync. Each
     * workstation allowed its own (it did not know the other); after the sync both are in her week and the agenda
     * shows each as overlapping, not silently.
     */
    @Test
    void theSameSlotBookedOnTwoWorkstationsOfflineIsShownAsAClashOnBoth() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            a.syncOk();
            b.syncOk();
            LocalDate monday = AppointmentService.mondayOf(a.w.agenda().today()).plusWeeks(4);
            a.w.agenda().book(a.user, new AppointmentForm(a.user.id(), null, null, null, AppointmentKind.FOLLOW_UP,
                    at(monday, 10), at(monday, 11), null, null, null, false), false);
            b.w.agenda().book(b.user, new AppointmentForm(a.user.id(), null, null, null, AppointmentKind.HOME_VISIT,
                    at(monday, 10).plusSeconds(1800), at(monday, 12), null, null, null, false), false);
            a.syncOk();
            b.syncOk();
            a.syncOk();
            for (Station s : List.of(a, b)) {
                cat.teixit.gui.agenda.AgendaViewModel vm = agendaOf(s, a.user.id(), monday);
                assertThat(vm.on(monday)).hasSize(2).allMatch(vm::clashes)
                        .noneMatch(AppointmentItem::doubleBookedOverride);
            }
            // Once one is cancelled, the other no longer clashes.
            AppointmentItem home = a.w.agenda().day(a.user, List.of(a.user.id()), monday).stream()
                    .filter(i -> i.kind() == AppointmentKind.HOME_VISIT).findFirst().orElseThrow();
            a.w.agenda().cancel(a.user, home.id(), home.rowVersion(), "Es farà per telèfon");
            cat.teixit.gui.agenda.AgendaViewModel vm = agendaOf(a, a.user.id(), monday);
            assertThat(vm.on(monday)).hasSize(2).noneMatch(vm::clashes);
        }
    }

    /** The Agenda area's model on {@code s}, showing {@code professional}'s week of {@code monday}. */
    private static cat.teixit.gui.agenda.AgendaViewModel agendaOf(Station s, UUID professional, LocalDate monday) {
        cat.teixit.gui.agenda.AgendaViewModel vm = new cat.teixit.gui.agenda.AgendaViewModel(s.user,
                new cat.teixit.gui.common.SameThreadUiExecutor(), s.w.agenda(), Throwable::getMessage, () -> { });
        vm.start();
        vm.professionalId.set(professional);
        vm.anchor.set(monday);
        return vm;
    }
}
