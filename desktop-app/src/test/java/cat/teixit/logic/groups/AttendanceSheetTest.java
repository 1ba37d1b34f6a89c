package cat.teixit.logic.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.documents.DocumentFixture;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's printable attendance sheet through the documents area's built-in template: no case file, the
 * activity and session named, the people enrolled (not the waiting ones) each on a line to sign.
 */
class AttendanceSheetTest {

    @TempDir
    Path dir;

    @Test
    void aSessionsSheetListsThePeopleEnrolledWithTheirDocumentAndASignatureLine() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            GroupActivityService groups = f.w.groups();
            LocalDate from = LocalDate.of(2027, 2, 1);
            UUID activity = groups.create(f.laia, GroupActivityServiceTest.parenting(2, from, from.plusWeeks(4),
                    Set.of()));
            PersonService.Created anna = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Anna", "Vila",
                    null, IdDocumentType.NIE, "Y0000000Z", LocalDate.of(1990, 1, 1), Sex.F), null);
            PersonService.Created berta = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Berta",
                    "Mas", null, IdDocumentType.NONE, null, LocalDate.of(1991, 1, 1), Sex.F), null);
            PersonService.Created carme = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Carme",
                    "Puig", null, IdDocumentType.NONE, null, LocalDate.of(1992, 1, 1), Sex.F), null);
            for (PersonService.Created p : new PersonService.Created[] {anna, berta, carme}) {
                groups.enrol(f.laia, activity, p.personId(), p.caseFileId());
            }
            UUID session = groups.sessions(f.laia, activity).getFirst().id();

            DocumentService.Rendered r = f.documents.render(f.laia, "attendance-sheet", Language.CATALAN, null,
                    Map.of("session", groups.sheet(f.laia, session, Language.CATALAN)));
            String text = DocumentFixture.text(r.pdf());
            assertThat(text).contains("Full d’assistència", "Grup de criança", "01/02/2027", "10:00–12:00",
                    "Sala gran", "Laia Puig, Jordi Roca", "Anna Vila", "NIE Y0000000Z", "Berta Mas", "Signatura");
            // Carme waits for a place: not on the sheet.
            assertThat(text).doesNotContain("Carme Puig");
            assertThat(r.fileName()).isEqualTo("Full d’assistència.pdf");
        }
    }

    @Test
    void aParticipationCertificateCountsTheSessionsHeldAndAttendedAndNeedsOneAttended() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            GroupActivityService groups = f.w.groups();
            LocalDate from = groups.today().minusWeeks(4);
            UUID activity = groups.create(f.laia, GroupActivityServiceTest.parenting(10, from, from.plusWeeks(8),
                    Set.of()));
            PersonService.Created anna = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Anna", "Vila",
                    null, IdDocumentType.NIE, "Y0000000Z", LocalDate.of(1990, 1, 1), Sex.F), null);
            PersonService.Created berta = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Berta",
                    "Mas", null, IdDocumentType.NONE, null, LocalDate.of(1991, 1, 1), Sex.F), null);
            groups.enrol(f.laia, activity, anna.personId(), anna.caseFileId());
            groups.enrol(f.laia, activity, berta.personId(), berta.caseFileId());
            var sessions = groups.sessions(f.laia, activity);
            java.time.Instant now = java.time.Instant.now();
            long held = sessions.stream().filter(s -> s.startsAt().isBefore(now)).count();
            cat.teixit.model.groups.AttendanceMark[] anna3 = {cat.teixit.model.groups.AttendanceMark.PRESENT,
                cat.teixit.model.groups.AttendanceMark.PRESENT, cat.teixit.model.groups.AttendanceMark.ABSENT};
            for (int i = 0; i < 3; i++) {
                groups.saveAttendance(f.laia, sessions.get(i).id(), java.util.List.of(
                        new GroupActivityService.Mark(anna.personId(), anna3[i], null),
                        new GroupActivityService.Mark(berta.personId(), cat.teixit.model.groups.AttendanceMark.ABSENT,
                                null)));
            }

            Map<String, Object> c = groups.certificate(f.laia, activity, anna.personId(), Language.CATALAN);
            assertThat(c).containsEntry("sessions", String.valueOf(held)).containsEntry("attended", "2")
                    .containsEntry("hours", "4").containsEntry("idDocument", "NIE Y0000000Z");
            DocumentService.Rendered r = f.documents.render(f.laia, "participation-certificate", Language.CATALAN,
                    anna.caseFileId(), Map.of("certificate", c));
            assertThat(DocumentFixture.pdfaProblems(r.pdf())).isNull();
            assertThat(DocumentFixture.text(r.pdf())).contains("Certificat de participació", "Anna Vila",
                    "NIE Y0000000Z", "Grup de criança", "Famílies", "Laia Puig, Jordi Roca", "Ajuntament de Salt");

            assertThatThrownBy(() -> groups.certificate(f.laia, activity, berta.personId(), Language.CATALAN))
                    .isInstanceOfSatisfying(cat.teixit.logic.common.ValidationException.class, e -> assertThat(
                            e.errors().get("personId").key()).isEqualTo("groups.error.noAttendance"));
        }
    }
}
