package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.agenda.AppointmentForm;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Home card of today's appointments: the user's own appointment of today listed, and opened from there. */
@Tag("gui")
class HomeAgendaCardGuiTest extends GuiTestBase {

    @Override
    protected void prepare(Workstation w) {
        CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        PersonService.Created nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès",
                "Muñoz", IdDocumentType.DNI, "12345678Z", LocalDate.of(1981, 3, 14), Sex.F), "2");
        // Later today: a minute from now, to the end of the day at most (half an hour when there is room).
        ZonedDateTime start = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES)
                .atZone(AppointmentService.ZONE);
        ZonedDateTime midnight = start.toLocalDate().plusDays(1).atStartOfDay(AppointmentService.ZONE);
        ZonedDateTime end = start.plusMinutes(30).isAfter(midnight) ? midnight.minusSeconds(1) : start.plusMinutes(30);
        w.agenda().book(laia, new AppointmentForm(laia.id(), nuria.personId(), null, nuria.caseFileId(),
                AppointmentKind.FOLLOW_UP, start.toInstant(), end.toInstant(), "Despatx 2", null, null, false), false);
    }

    @Test
    void aProfessionalWhoIsTheReferenceOfNoCaseFileIsToldSoOnTheHomeCard() throws Exception {
        waitFor("#login-demo-hint");
        logIn("jordi", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        // An empty list read into an empty one changes nothing: the card must still say what it found.
        waitUntil(() -> "No tens cap expedient obert com a referent.".equals(text("#home-casefiles-summary")));
        assertThat(((VBox) find("#home-casefiles")).getChildren()).isEmpty();
    }

    @Test
    void todaysAppointmentIsOnTheHomeCardAndOpensFromIt() throws Exception {
        enterAsLaia();
        waitUntil(() -> "Avui tens una cita".equals(text("#home-agenda-summary")));
        VBox lines = find("#home-agenda");
        Hyperlink link = (Hyperlink) lines.getChildren().getFirst();
        assertThat(link.getText()).contains("Núria Pagès Muñoz", "Seguiment");
        robot.clickOn(link);
        waitFor("#appointment-form");
        assertThat(text("#appointment-with")).startsWith("Núria Pagès Muñoz · ");
    }
}
