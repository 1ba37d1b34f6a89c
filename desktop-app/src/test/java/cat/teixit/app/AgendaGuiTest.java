package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 11's agenda through the real window on a real store: a first visit booked from a case file, then moved. */
@Tag("gui")
class AgendaGuiTest extends GuiTestBase {

    private PersonService.Created nuria;
    private CurrentUser laia;

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.DNI,
                "12345678Z", LocalDate.of(1981, 3, 14), Sex.F), "2");
    }

    private List<AppointmentItem> week(LocalDate day) throws Exception {
        return backend.get().agenda().week(laia, List.of(laia.id()), day);
    }

    private static LocalTime time(AppointmentItem a) {
        return a.startsAt().atZone(AppointmentService.ZONE).toLocalTime();
    }

    /** Replaces the text of a field by typing, as a user would (select all, then type). */
    private void retype(String query, String value) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(value);
    }

    /** Waits until the booking form's tab has closed (saved), saying what it shows if it does not. */
    private void saved() throws Exception {
        try {
            waitUntil(() -> robot.lookup("#appointment-form").tryQuery().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the form stayed open: " + text("#appointment-errors"), e);
        }
    }

    @Test
    void aFirstVisitIsBookedFromTheCaseFileAndMovedFromTheAgendaWithTheKeyboard() throws Exception {
        enterAsLaia();
        openCaseFile("12345678z");
        LocalDate monday = AppointmentService.mondayOf(backend.get().agenda().today()).plusWeeks(1);

        robot.clickOn("#casefile-new-appointment");
        waitFor("#appointment-form");
        assertThat(text("#appointment-with")).startsWith("Núria Pagès Muñoz · ");
        ComboBox<AppointmentKind> kind = find("#appointment-kind");
        DatePicker date = find("#appointment-date");
        robot.interact(() -> {
            kind.setValue(AppointmentKind.FIRST_VISIT);
            date.setValue(monday);
        });
        retype("#appointment-start", "10:00");
        retype("#appointment-end", "10:45");
        robot.clickOn("#appointment-room").write("Sala 1");
        robot.clickOn("#appointment-save");
        saved();
        assertThat(week(monday)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AppointmentKind.FIRST_VISIT);
            assertThat(a.form().caseFileId()).isEqualTo(nuria.caseFileId());
            assertThat(a.form().personId()).isEqualTo(nuria.personId());
            assertThat(a.requestDate()).isEqualTo(backend.get().agenda().today());
            assertThat(time(a)).isEqualTo(LocalTime.of(10, 0));
        });

        // Ctrl+3: the agenda; next week; the appointment is there; Enter opens it; new times; Ctrl+Enter saves.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor("#agenda-view");
        robot.clickOn("#agenda-next");
        String day = "#agenda-day-" + monday;
        waitUntil(() -> robot.lookup(day).tryQuery().isPresent()
                && ((ListView<?>) find(day)).getItems().size() == 1);
        ListView<AppointmentItem> list = find(day);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitFor("#appointment-form");
        retype("#appointment-start", "12:00");
        retype("#appointment-end", "12:30");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        saved();
        assertThat(week(monday)).singleElement().satisfies(a -> {
            assertThat(time(a)).isEqualTo(LocalTime.of(12, 0));
            assertThat(a.room()).isEqualTo("Sala 1");
        });
        waitUntil(() -> ((ListView<AppointmentItem>) find(day)).getItems().stream()
                .anyMatch(a -> time(a).equals(LocalTime.of(12, 0))));

        // From the agenda, "New appointment…" finds the person by a search.
        robot.clickOn("#agenda-new");
        waitFor("#appointment-person-search");
        assertThat(text("#appointment-with")).isEqualTo("Cita interna (sense persona)");
        robot.clickOn("#appointment-person-search").write("12345678z");
        waitUntil(() -> ((ListView<?>) find("#search-results")).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#appointment-with").startsWith("Núria Pagès Muñoz · "));
        robot.interact(() -> ((DatePicker) find("#appointment-date")).setValue(monday.plusDays(1)));
        robot.clickOn("#appointment-save");
        saved();
        assertThat(week(monday)).hasSize(2).allMatch(a -> nuria.personId().equals(a.form().personId()));

        // Alt+Down on the selected appointment: a quarter of an hour later.
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> time(week(monday).getFirst()).equals(LocalTime.of(12, 15)));
        assertThat(backend.get().agenda().week(laia, List.of(), monday)).hasSize(2);

        // "Open case file" on the selected appointment brings its case file's tab forward.
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-area-agenda");
        robot.clickOn("#agenda-open-case");
        waitUntil(() -> ("tab-case-" + nuria.caseFileId()).equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }
}
