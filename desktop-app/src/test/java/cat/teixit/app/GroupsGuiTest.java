package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.groups.AttendanceMark;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 11's group activities through the real window: a session's attendance taken with the keyboard only. */
@Tag("gui")
class GroupsGuiTest extends GuiTestBase {

    private CurrentUser laia;
    private UUID activity;

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        LocalDate from = w.groups().today().minusWeeks(1);
        activity = w.groups().create(laia, new ActivityForm("Famílies", "Grup de criança", null, null, 12,
                "Sala gran", "Laia Puig", from, from.plusWeeks(6), Set.of(DayOfWeek.values()), LocalTime.of(10, 0),
                LocalTime.of(12, 0), Set.of()));
        for (String[] n : List.of(new String[] {"Berta", "Mas"}, new String[] {"Anna", "Vila"},
                new String[] {"Carme", "Puig"})) {
            PersonService.Created p = w.people().createWithNewHousehold(laia, PersonForm.basic(n[0], n[1], null,
                    IdDocumentType.NONE, null, LocalDate.of(1984, 1, 9), Sex.F), null);
            w.groups().enrol(laia, activity, p.personId(), p.caseFileId());
        }
    }

    @Override
    protected void beforeOpen(java.nio.file.Path dataDir) throws Exception {
        // The council heads every document, the attendance sheet too.
        java.nio.file.Files.writeString(dataDir.resolve("settings.properties"),
                "council.name=Ajuntament de Salt\ncouncil.town=Salt\n", java.nio.charset.StandardCharsets.UTF_8);
    }

    private void key(KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
        }
    }

    @Test
    void aSessionsAttendanceIsTakenWithTheKeyboardOnly() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor("#groups-view");
        waitUntil(() -> !((ListView<?>) find("#groups-sessions")).getItems().isEmpty());
        assertThat(text("#groups-title")).isEqualTo("Grup de criança");
        ListView<?> sessions = find("#groups-sessions");
        robot.interact(() -> {
            sessions.requestFocus();
            sessions.getSelectionModel().select(0);
        });
        UUID session = backend.get().groups().sessions(laia, activity).getFirst().id();

        // Enter opens the session's attendance; the list has the focus, people by name.
        robot.type(KeyCode.ENTER);
        waitFor("#attendance-view");
        waitUntil(() -> ((ListView<?>) find("#attendance-list")).getItems().size() == 3
                && find("#attendance-list").isFocused());
        // Anna present; Berta absent; back up, Berta excused; Carme: a note, then present; Ctrl+S saves.
        key(KeyCode.P, KeyCode.A, KeyCode.UP, KeyCode.J, KeyCode.N);
        waitUntil(() -> find("#attendance-note").isFocused());
        robot.write("Arriba tard");
        key(KeyCode.ENTER);
        waitUntil(() -> find("#attendance-list").isFocused());
        key(KeyCode.P);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        try {
            waitUntil(() -> backend.get().groups().attendance(laia, session).stream().allMatch(l -> l.mark() != null));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: " + text("#attendance-status"), e);
        }
        List<GroupActivityService.AttendanceLine> saved = backend.get().groups().attendance(laia, session);
        assertThat(saved).extracting(GroupActivityService.AttendanceLine::personName)
                .containsExactly("Anna Vila", "Berta Mas", "Carme Puig");
        assertThat(saved).extracting(GroupActivityService.AttendanceLine::mark)
                .containsExactly(AttendanceMark.PRESENT, AttendanceMark.EXCUSED, AttendanceMark.PRESENT);
        assertThat(saved.get(2).note()).isEqualTo("Arriba tard");
        waitUntil(() -> !text("#attendance-status").isEmpty());
        assertThat(text("#attendance-counts")).startsWith("2 presents · 0 absents · 1 justificats");
    }

    @Test
    void anActivityIsCreatedFromTheFormAndSomeoneFoundByTheSearchIsEnrolled() throws Exception {
        PersonService.Created dolors = backend.get().people().createWithNewHousehold(laia, PersonForm.basic("Dolors",
                "Riba", null, IdDocumentType.NONE, null, LocalDate.of(1979, 4, 2), Sex.F), null);
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor("#groups-view");
        robot.clickOn("#groups-new");
        waitFor("#group-activity-form");
        robot.clickOn("#group-form-programme").write("Inserció laboral");
        robot.clickOn("#group-form-title").write("Taller de recerca de feina");
        robot.clickOn("#group-form-day-tuesday");
        robot.clickOn("#group-form-save");
        try {
            waitUntil(() -> robot.lookup("#group-activity-form").tryQuery().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the form stayed open: " + text("#group-form-errors"), e);
        }
        waitUntil(() -> "Taller de recerca de feina".equals(text("#groups-title")));
        var activity = backend.get().groups().activities(laia).stream()
                .filter(a -> a.title().equals("Taller de recerca de feina")).findFirst().orElseThrow();
        UUID created = activity.id();
        // Its row in the list ends with its dates: the editions of an activity (each term's) are told apart.
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String dates = day.format(activity.startsOn()) + " – " + day.format(activity.endsOn());
        ListView<cat.teixit.model.groups.ActivitySummary> list = find("#groups-activities");
        robot.interact(() -> list.getItems().stream().filter(a -> a.id().equals(created)).findFirst()
                .ifPresent(list::scrollTo)); // a cell exists only for a row in view
        waitUntil(() -> robot.lookup("#groups-activities .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.ListCell::getText)
                .anyMatch(t -> t != null && t.startsWith("Taller de recerca de feina\n") && t.endsWith("\n" + dates)));
        assertThat(backend.get().groups().sessions(laia, created)).isNotEmpty()
                .allMatch(s -> s.startsAt().atZone(GroupActivityService.ZONE).getDayOfWeek() == DayOfWeek.TUESDAY);

        // Focus, not a click: right after the activity is created its detail is still being laid out.
        robot.interact(() -> find("#groups-enrol-search").requestFocus());
        robot.write("Dolors Riba");
        waitUntil(() -> ((ListView<?>) find("#search-results")).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ((ListView<?>) find("#groups-participants")).getItems().size() == 1);
        assertThat(backend.get().groups().participants(laia, created)).singleElement()
                .satisfies(p -> assertThat(p.personId()).isEqualTo(dolors.personId()));

        // The first session's attendance sheet is made (no viewer nor printer here: where it was saved is said).
        ListView<?> sessions = find("#groups-sessions");
        robot.interact(() -> sessions.getSelectionModel().select(0));
        robot.clickOn("#groups-sheet");
        try {
            waitUntil(() -> text("#groups-said").startsWith("No hi ha cap visor de PDF ni cap impressora")
                    && text("#groups-said").endsWith(".pdf"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no sheet: " + text("#groups-error"), e);
        }
        // Dolors has attended no session yet: no certificate, and why.
        ListView<?> people = find("#groups-participants");
        robot.interact(() -> people.getSelectionModel().select(0));
        robot.clickOn("#groups-certificate");
        waitUntil(() -> text("#groups-error").contains("no ha assistit a cap sessió"));
        // The same session cancelled: no longer counted.
        robot.clickOn("#groups-cancel-session");
        waitUntil(() -> backend.get().groups().sessions(laia, created).getFirst().cancelled());
    }

    @Test
    void aPersonIsEnrolledFromTheirCaseFileInAnActivityChosenFromTheList() throws Exception {
        PersonService.Created elena = backend.get().people().createWithNewHousehold(laia, PersonForm.basic("Elena",
                "Soler", null, IdDocumentType.NONE, null, LocalDate.of(1988, 8, 8), Sex.F), null);
        enterAsLaia();
        openCaseFile("Elena Soler");
        robot.clickOn("#casefile-enrol");
        waitFor("#groups-enrol-dialog");
        robot.type(KeyCode.ENTER);
        waitFor("#groups-enrol-result");
        assertThat(robot.lookup("#groups-enrol-result .content").queryLabeled().getText())
                .isEqualTo("Elena Soler té plaça a Grup de criança.");
        assertThat(backend.get().groups().participants(laia, activity)).filteredOn(p -> p.personId()
                .equals(elena.personId())).singleElement().satisfies(p -> assertThat(p.caseFileId())
                        .isEqualTo(elena.caseFileId()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#groups-enrol-result").tryQuery().isEmpty());
    }
}
