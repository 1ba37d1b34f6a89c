package cat.teixit.logic.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.documents.DocumentFixture;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the agenda prints, read back from the PDF: a professional's week or day (their appointments, never a
 * colleague's, never notes), the team's (a professional column), and the appointment letter filed in the case file.
 */
class AgendaPrintoutTest {

    @TempDir
    Path dir;

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(AppointmentService.ZONE).toInstant();
    }

    @Test
    void printsTheWeekOfAProfessionalOrOfTheTeamAndTheLetterFiledInTheCaseFile() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            AppointmentService agenda = f.w.agenda();
            AgendaPrintout printout = new AgendaPrintout(agenda, f.documents);
            LocalDate monday = AppointmentService.mondayOf(agenda.today()).plusWeeks(1);
            PersonService.Created ramon = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Ramon",
                    "Llull", "Soler", IdDocumentType.DNI, "87654321X", LocalDate.of(1960, 1, 20), Sex.M)
                    .withAddress("Carrer Major, 3", "458", null), "2");
            UUID laias = agenda.book(f.laia, new AppointmentForm(f.laia.id(), ramon.personId(), null,
                    ramon.caseFileId(), AppointmentKind.FOLLOW_UP, at(monday, 10, 0), at(monday, 10, 45), "Despatx 2",
                    null, "Nota que no s’imprimeix", false), false);
            agenda.book(f.montse, new AppointmentForm(f.montse.id(), ramon.personId(), null, ramon.caseFileId(),
                    AppointmentKind.HOME_VISIT, at(monday.plusDays(2), 12, 0), at(monday.plusDays(2), 13, 0), null,
                    null, "Violència masclista", false), false);
            String number = f.w.caseFiles().load(f.laia, ramon.caseFileId()).number();

            byte[] week = printout.days(f.laia, f.laia.id(), monday.plusDays(3), false, Language.CATALAN);
            assertThat(DocumentFixture.pdfaProblems(week)).isNull();
            String text = DocumentFixture.text(week);
            assertThat(text).contains("Agenda de Laia Puig Ferrer", "10:00–10:45", "Seguiment", "Ramon Llull",
                    number, "Despatx 2", "Programada", "Cap cita.");
            assertThat(text).doesNotContain("12:00–13:00", "Nota que no", "Violència");

            byte[] teamPdf = printout.days(f.montse, null, monday, false, Language.CATALAN);
            String team = DocumentFixture.text(teamPdf);
            assertThat(team).contains("Agenda de l’equip", "Estat", "10:00–10:45", "12:00–13:00", "Al domicili",
                    "Laia Puig", "Montserrat");
            assertThat(team).doesNotContain("Nota que no", "Violència");

            String day = DocumentFixture.text(printout.days(f.laia, f.laia.id(), monday, true, Language.SPANISH));
            assertThat(day).contains("Agenda de Laia Puig Ferrer", "Seguimiento", "Programada", "10:00–10:45");

            int filed = f.w.attachments().attachments(f.laia, ramon.caseFileId()).size();
            AppointmentItem item = agenda.week(f.laia, List.of(), monday).stream().filter(a -> a.id().equals(laias))
                    .findFirst().orElseThrow();
            DocumentService.Rendered letter = printout.letter(f.laia, item, Language.CATALAN);
            String l = DocumentFixture.text(letter.pdf());
            assertThat(l).contains("Citació", "Ramon", "10:00", "Al centre de serveis socials (Despatx 2)",
                    "Laia Puig Ferrer", number);
            assertThat(f.w.attachments().attachments(f.laia, ramon.caseFileId())).hasSize(filed + 1);

            Path viewing = f.documents.forViewing(letter.pdf(), letter.fileName());
            assertThat(viewing).startsWith(dir).exists();
            assertThat(Files.readAllBytes(viewing)).isEqualTo(letter.pdf());

            // An internal appointment (no case file) has no letter.
            UUID internal = agenda.book(f.laia, new AppointmentForm(f.laia.id(), null, null, null,
                    AppointmentKind.FOLLOW_UP, at(monday, 16, 0), at(monday, 17, 0), null, null, "Reunió d’equip",
                    false), false);
            AppointmentItem none = agenda.week(f.laia, List.of(), monday).stream()
                    .filter(a -> a.id().equals(internal)).findFirst().orElseThrow();
            assertThatThrownBy(() -> printout.letter(f.laia, none, Language.CATALAN))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
