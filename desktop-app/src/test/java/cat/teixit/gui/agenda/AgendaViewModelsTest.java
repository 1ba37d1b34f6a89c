package cat.teixit.gui.agenda;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking form's and the Agenda area's state and commands without the toolkit, on a real store. */
class AgendaViewModelsTest {

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private PersonService.Created nuria;
    private LocalDate monday;
    private int saved;
    private final I18n i18n = new I18n(Language.CATALAN);

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz",
                IdDocumentType.NONE, null, LocalDate.of(1981, 3, 14), Sex.F), null);
        monday = AppointmentService.mondayOf(w.agenda().today()).plusWeeks(1);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private AppointmentFormViewModel newForm(String start, String end) {
        AppointmentFormViewModel vm = new AppointmentFormViewModel(laia, new SameThreadUiExecutor(), w.agenda(), null,
                new AppointmentFormViewModel.Prefill(nuria.personId(), nuria.householdId(), nuria.caseFileId(),
                        "Núria Pagès Muñoz"), monday, () -> saved++);
        vm.loadProfessionals();
        vm.kind.set(AppointmentKind.FIRST_VISIT);
        vm.startTime.set(start);
        vm.endTime.set(end);
        vm.room.set("Sala 1");
        return vm;
    }

    private List<AppointmentItem> week() {
        return w.agenda().week(laia, List.of(laia.id()), monday);
    }

    @Test
    void aFirstVisitFromACaseFileIsBookedWithItsRequestDateAndAClashIsOfferedAsAnExplicitOverride() {
        AppointmentFormViewModel first = newForm("10:00", "10:45");
        assertThat(first.professionals).extracting(AppointmentService.Professional::id).contains(laia.id());
        assertThat(first.requestDate.get()).isEqualTo(w.agenda().today());
        first.save();
        assertThat(saved).isEqualTo(1);
        assertThat(week()).singleElement().satisfies(a -> {
            assertThat(a.form().caseFileId()).isEqualTo(nuria.caseFileId());
            assertThat(a.form().personId()).isEqualTo(nuria.personId());
            assertThat(a.requestDate()).isEqualTo(w.agenda().today());
        });

        AppointmentFormViewModel second = newForm("10:30", "11:00");
        second.save();
        assertThat(saved).isEqualTo(1);
        assertThat(second.clash.get()).isTrue();
        assertThat(i18n.t(second.errors.get(AppointmentService.CLASH).key(),
                second.errors.get(AppointmentService.CLASH).args())).startsWith("Coincideix amb una altra cita de Laia");
        // Another time is another question: the override is asked again.
        second.allowDoubleBooking.set(true);
        second.endTime.set("11:15");
        assertThat(second.allowDoubleBooking.get()).isFalse();
        second.save();
        assertThat(second.clash.get()).isTrue();
        second.allowDoubleBooking.set(true);
        second.save();
        assertThat(saved).isEqualTo(2);
        assertThat(week()).extracting(AppointmentItem::doubleBookedOverride).containsExactly(false, true);
    }

    @Test
    void unreadableTimesAreNamedAndNothingIsSaved() {
        AppointmentFormViewModel vm = newForm("10h", "11:00");
        vm.save();
        assertThat(vm.errors).containsKey("startsAt");
        assertThat(saved).isZero();
        assertThat(week()).isEmpty();
    }

    @Test
    void movingInTheFormWritesTheNewTimeAndTheAgendaFollowsItsWeekAndActions() {
        newForm("10:00", "10:45").save();
        AgendaViewModel agenda = new AgendaViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                e -> ErrorKeys.describe(i18n, e), () -> saved++);
        agenda.start();
        agenda.anchor.set(monday.plusDays(2));
        assertThat(agenda.days).hasSize(7).startsWith(monday);
        assertThat(agenda.on(monday)).hasSize(1);

        AppointmentFormViewModel edit = new AppointmentFormViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                agenda.on(monday).getFirst(), AppointmentFormViewModel.Prefill.NONE, null, () -> saved++);
        assertThat(edit.withWhom()).startsWith("Núria Pagès Muñoz · ");
        assertThat(edit.hasUnsavedChanges()).isFalse();
        assertThat(edit.notesReadable()).isTrue();
        edit.date.set(monday.plusDays(1));
        edit.startTime.set("12:00");
        edit.endTime.set("12:30");
        assertThat(edit.hasUnsavedChanges()).isTrue();
        edit.save();
        agenda.reload();
        assertThat(agenda.on(monday)).isEmpty();
        assertThat(agenda.on(monday.plusDays(1))).singleElement()
                .satisfies(a -> assertThat(a.room()).isEqualTo("Sala 1"));

        agenda.dayView.set(true);
        assertThat(agenda.days).containsExactly(monday.plusDays(2));
        agenda.previous();
        assertThat(agenda.items).hasSize(1);
        agenda.selected.set(agenda.items.getFirst());
        agenda.markAttended();
        assertThat(agenda.errorText.get()).isEqualTo("La cita encara no ha començat.");
        agenda.cancel(" ");
        assertThat(agenda.errorText.get()).isEqualTo("Cal indicar el motiu de l’anul·lació.");
        agenda.cancel("Ha demanat canviar de professional");
        assertThat(agenda.errorText.get()).isNull();
        assertThat(agenda.items).singleElement().satisfies(a -> assertThat(a.status())
                .isEqualTo(AppointmentStatus.CANCELLED));
        assertThat(agenda.selected.get().status()).isEqualTo(AppointmentStatus.CANCELLED);
        agenda.professionalId.set(null);
        assertThat(agenda.items).hasSize(1);
    }

    @Test
    void theSelectedAppointmentMovesByAQuarterOrADayAndAClashIsSaid() {
        newForm("10:00", "10:45").save();
        AppointmentFormViewModel other = newForm("11:15", "12:00");
        other.date.set(monday.plusDays(1));
        other.room.set("");
        other.save();
        AgendaViewModel agenda = new AgendaViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                e -> ErrorKeys.describe(i18n, e), () -> saved++);
        agenda.anchor.set(monday);
        agenda.start();
        agenda.selected.set(agenda.on(monday).getFirst());

        agenda.moveSelected(java.time.Duration.ofMinutes(15));
        agenda.moveSelected(java.time.Duration.ofDays(1));
        assertThat(agenda.on(monday)).isEmpty();
        assertThat(agenda.selected.get().startsAt())
                .isEqualTo(monday.plusDays(1).atTime(10, 15).atZone(AppointmentService.ZONE).toInstant());
        agenda.moveSelected(java.time.Duration.ofMinutes(45));
        assertThat(agenda.errorText.get()).startsWith("Coincideix amb una altra cita de Laia Puig Ferrer");
        assertThat(agenda.selected.get().startsAt())
                .isEqualTo(monday.plusDays(1).atTime(10, 15).atZone(AppointmentService.ZONE).toInstant());
    }

    @Test
    void theTeamsDayShowsItsProfessionalsSideBySide() {
        newForm("10:00", "10:45").save();
        AppointmentFormViewModel jordis = newForm("10:00", "10:45");
        CurrentUser jordi = ((LoginResult.Success) w.auth().login("jordi", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        jordis.professionalId.set(jordi.id());
        jordis.room.set("Sala 2");
        jordis.save();
        AgendaViewModel agenda = new AgendaViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                e -> ErrorKeys.describe(i18n, e), () -> saved++);
        agenda.start();
        agenda.anchor.set(monday);
        assertThat(agenda.columns).hasSize(7).allMatch(c -> c.professional() == null);
        assertThat(agenda.in(agenda.columns.getFirst())).hasSize(1);

        agenda.professionalId.set(null);
        agenda.dayView.set(true);
        assertThat(agenda.columns).extracting(c -> c.professional().id()).startsWith(laia.id()).contains(jordi.id());
        assertThat(agenda.columns).allMatch(c -> c.day().equals(monday));
        AgendaViewModel.Column jordiColumn = agenda.columns.stream()
                .filter(c -> c.professional().id().equals(jordi.id())).findFirst().orElseThrow();
        assertThat(agenda.in(jordiColumn)).singleElement().satisfies(a -> assertThat(a.room()).isEqualTo("Sala 2"));
        assertThat(agenda.in(agenda.columns.getFirst())).singleElement()
                .satisfies(a -> assertThat(a.room()).isEqualTo("Sala 1"));
    }

    @Test
    void aNewAppointmentFromTheAgendaIsWithThePersonASearchFinds() {
        AppointmentFormViewModel vm = new AppointmentFormViewModel(laia, new SameThreadUiExecutor(), w.agenda(), null,
                AppointmentFormViewModel.Prefill.NONE, monday, () -> saved++);
        assertThat(vm.withWhom()).isNull();
        vm.choosePerson(w.search().search(laia, "nuria pages", 10, Language.CATALAN).getFirst());
        assertThat(vm.withWhom()).startsWith("Núria Pagès Muñoz · ");
        vm.startTime.set("09:00");
        vm.endTime.set("09:30");
        vm.save();
        assertThat(week()).singleElement().satisfies(a -> {
            assertThat(a.form().personId()).isEqualTo(nuria.personId());
            assertThat(a.form().caseFileId()).isEqualTo(nuria.caseFileId());
            assertThat(a.form().householdId()).isEqualTo(nuria.householdId());
        });
    }

    @Test
    void aColleaguesConfidentialNotesAreNeitherShownNorEditableInTheForm() {
        CurrentUser jordi = ((LoginResult.Success) w.auth().login("jordi", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        AppointmentFormViewModel jordis = new AppointmentFormViewModel(jordi, new SameThreadUiExecutor(), w.agenda(),
                null, AppointmentFormViewModel.Prefill.NONE, monday, () -> saved++);
        jordis.notes.set("Violència masclista");
        jordis.confidential.set(true);
        jordis.save();
        AppointmentItem item = w.agenda().week(laia, List.of(jordi.id()), monday).getFirst();
        AppointmentFormViewModel seen = new AppointmentFormViewModel(laia, new SameThreadUiExecutor(), w.agenda(), item,
                AppointmentFormViewModel.Prefill.NONE, null, () -> saved++);
        assertThat(seen.notesReadable()).isFalse();
        assertThat(seen.notes.get()).isEmpty();
    }

    @Test
    void printsTheWeekShownAndAnAppointmentLetterWhichIsFiledAndSaysWhereMissingDataStopsIt() {
        newForm("10:00", "10:45").save();
        List<Path> opened = new java.util.ArrayList<>();
        AgendaViewModel agenda = new AgendaViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                e -> ErrorKeys.describe(i18n, e), () -> saved++).printing(new AgendaViewModel.Printing(
                        new cat.teixit.logic.agenda.AgendaPrintout(w.agenda(), w.documents()), w.documents(),
                        f -> opened.add(f), Language.CATALAN));
        agenda.start();
        agenda.anchor.set(monday);

        agenda.print();
        assertThat(agenda.errorText.get()).isNull();
        assertThat(opened).singleElement().satisfies(f -> assertThat(f).startsWith(dir).hasExtension("pdf"));

        // Núria has no address yet: the letter cannot be made and says what is missing; nothing is filed.
        agenda.selected.set(agenda.on(monday).getFirst());
        int filed = w.attachments().attachments(laia, nuria.caseFileId()).size();
        agenda.letter();
        assertThat(agenda.errorText.get()).startsWith("Falten dades per fer el document").contains(
                "person.address");
        assertThat(w.attachments().attachments(laia, nuria.caseFileId())).hasSize(filed);
        assertThat(opened).hasSize(1);
    }

    @Test
    void theMonthShowsWholeWeeksAroundItsDaysWithTheirAppointmentsAndMovesAMonthAtATime() {
        newForm("10:00", "10:45").save();
        AgendaViewModel agenda = new AgendaViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                e -> ErrorKeys.describe(i18n, e), () -> saved++);
        agenda.start();
        agenda.anchor.set(monday);
        agenda.monthView.set(true);

        LocalDate first = monday.withDayOfMonth(1);
        assertThat(agenda.days).hasSizeBetween(28, 42).allMatch(d -> d.getDayOfWeek() != null);
        assertThat(agenda.days.size() % 7).isZero();
        assertThat(agenda.days.getFirst().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(agenda.days).contains(first, monday.withDayOfMonth(monday.lengthOfMonth()));
        assertThat(agenda.columns).hasSize(agenda.days.size());
        assertThat(agenda.on(monday)).singleElement().satisfies(a -> assertThat(a.withWhom()).startsWith("Núria"));

        agenda.next();
        assertThat(agenda.anchor.get()).isEqualTo(monday.plusMonths(1));
        assertThat(agenda.on(monday)).isEmpty();
        agenda.previous();
        assertThat(agenda.on(monday)).hasSize(1);
        // Back to the week: seven days again.
        agenda.monthView.set(false);
        assertThat(agenda.days).hasSize(7);
    }

    @Test
    void anAppointmentDraggedToAnotherDayKeepsItsTimeAndAPastDayIsRefused() {
        newForm("10:00", "10:45").save();
        AgendaViewModel agenda = new AgendaViewModel(laia, new SameThreadUiExecutor(), w.agenda(),
                e -> ErrorKeys.describe(i18n, e), () -> saved++);
        agenda.start();
        agenda.anchor.set(monday);
        AppointmentItem a = agenda.on(monday).getFirst();

        agenda.moveToDay(a, monday.plusDays(2));
        assertThat(agenda.on(monday)).isEmpty();
        assertThat(agenda.on(monday.plusDays(2))).singleElement().satisfies(m -> {
            assertThat(AppointmentFormViewModel.TIME.format(m.startsAt().atZone(AppointmentService.ZONE)))
                    .isEqualTo("10:00");
            assertThat(java.time.Duration.between(m.startsAt(), m.endsAt()).toMinutes()).isEqualTo(45);
        });

        agenda.moveToDay(agenda.on(monday.plusDays(2)).getFirst(), w.agenda().today().minusDays(1));
        assertThat(agenda.errorText.get()).isEqualTo("No es pot programar una cita en el passat.");
        assertThat(agenda.on(monday.plusDays(2))).hasSize(1);
    }
}
