package cat.teixit.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.agenda.AppointmentForm;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentFixture;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.Sex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The right of access: the export of a person holds every record of that person (confidential ones too) and
 * nothing of the other member of their household, in the PDF's text and in the JSON; only a team lead or the
 * person's own professional makes it, and it is audited.
 */
class SubjectAccessTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    @TempDir
    Path dir;

    DocumentFixture f;
    CurrentUser jordi;
    PersonService.Created ximena;
    UUID wenceslau;
    /** What only the subject's records hold: each must be in the export. */
    final List<String> hers = new ArrayList<>();
    /** What only the other member's records hold: none may be in the export. */
    final List<String> his = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new DocumentFixture(dir.resolve("ws"));
        jordi = ((LoginResult.Success) f.w.auth().login("jordi", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        ximena = f.w.people().createWithNewHousehold(f.laia, PersonForm.basic("Ximena", "Quirós", "Bellver",
                IdDocumentType.DNI, "44556677L", LocalDate.of(1979, 4, 9), Sex.F).withPhone("611 222 333"), "2");
        wenceslau = f.w.people().addToHousehold(f.laia, ximena.householdId(), PersonForm.basic("Wenceslau", "Ugarte",
                "Pijoan", IdDocumentType.NIE, "Y7654321G", LocalDate.of(1975, 11, 2), Sex.M).withPhone("699 888 777"),
                "1", LocalDate.of(2024, 1, 1));
        UUID cf = ximena.caseFileId();
        LocalDate day = LocalDate.now(ZONE).minusDays(3);
        f.w.interventions().add(f.laia, cf, new InterventionForm(InterventionKind.OFFICE_INTERVIEW, day,
                LocalTime.of(9, 0), 30, ximena.personId(), List.of(), "Entrevista sobre el lloguer endarrerit", false));
        f.w.interventions().add(jordi, cf, new InterventionForm(InterventionKind.PHONE_CALL, day, LocalTime.of(11, 0),
                10, ximena.personId(), List.of(), "Confidencial: relat de violència masclista", true));
        f.w.interventions().add(f.laia, cf, new InterventionForm(InterventionKind.HOME_VISIT, day, LocalTime.of(16, 0),
                60, null, List.of(), "Visita a la llar: en Wenceslau Ugarte treballa de nit; telèfon 699 888 777",
                false));
        f.w.interventions().add(f.laia, cf, new InterventionForm(InterventionKind.OFFICE_INTERVIEW, day,
                LocalTime.of(12, 0), 30, wenceslau, List.of(), "Seguiment al CSMA per l’addicció", false));
        f.w.resources().addDemand(f.laia, cf, ximena.personId(), "2", "Demana ajut per a la fiança");
        f.w.resources().addDemand(f.laia, cf, wenceslau, "2", "Vol un curs de carretoner");
        f.w.consents().record(f.laia, ximena.personId(), ConsentPurpose.SHARING, day, null, "Signat davant la Laia");
        f.w.consents().record(f.laia, wenceslau, ConsentPurpose.IMAGE, day, null, "Autoritza fotos del taller");
        f.w.referrals().refer(f.laia, cf, ximena.personId(), ReferralTargetKind.SERVICE, "Oficina d’Habitatge de Salt",
                "Mediació amb la propietat");
        f.w.referrals().refer(f.laia, cf, wenceslau, ReferralTargetKind.TEAM, "Equip de drogodependències",
                "Valoració de consum");
        ZonedDateTime monday = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(10, 0)
                .atZone(ZONE);
        f.w.agenda().book(f.laia, new AppointmentForm(f.laia.id(), ximena.personId(), null, cf,
                AppointmentKind.FOLLOW_UP, monday.toInstant(), monday.plusMinutes(30).toInstant(), "Despatx Quirós",
                null, "Portar contracte de lloguer", false), false);
        f.w.agenda().book(f.laia, new AppointmentForm(f.laia.id(), wenceslau, null, cf, AppointmentKind.FOLLOW_UP,
                monday.plusHours(2).toInstant(), monday.plusHours(2).plusMinutes(30).toInstant(), "Despatx Ugarte",
                null, "Portar informe del CSMA", false), false);
        LocalDate from = LocalDate.now(ZONE).plusDays(1);
        UUID activity = f.w.groups().create(f.laia, new ActivityForm("Famílies", "Taller de ceràmica", null, null, 12,
                "Sala gran", "Laia Puig", from, from.plusWeeks(4), Set.of(DayOfWeek.values()), LocalTime.of(17, 0),
                LocalTime.of(18, 0), Set.of()));
        f.w.groups().enrol(f.laia, activity, ximena.personId(), cf);
        UUID other = f.w.groups().create(f.laia, new ActivityForm("Famílies", "Grup de suport a cuidadors", null, null,
                12, "Sala petita", "Laia Puig", from, from.plusWeeks(4), Set.of(DayOfWeek.values()),
                LocalTime.of(10, 0), LocalTime.of(11, 0), Set.of()));
        f.w.groups().enrol(f.laia, other, wenceslau, cf);
        hers.addAll(List.of("Ximena", "Quirós", "44556677L", "611 222 333", "Entrevista sobre el lloguer endarrerit",
                "Confidencial: relat de violència masclista", "Visita a la llar", "Demana ajut per a la fiança",
                "Signat davant la Laia", "Oficina d’Habitatge de Salt", "Mediació amb la propietat", "Despatx Quirós",
                "Portar contracte de lloguer", "Taller de ceràmica", ximena.caseFileId().toString()));
        his.addAll(List.of("Wenceslau", "Ugarte", "Pijoan", "Y7654321G", "699 888 777", "Seguiment al CSMA",
                "addicció", "carretoner", "Autoritza fotos", "drogodependències", "Valoració de consum",
                "Despatx Ugarte", "informe del CSMA", "cuidadors", wenceslau.toString(),
                // the other household of the store (DocumentFixture's): nothing of it either
                "Núria", "Marçal", "12345678Z", "El Amrani", "X1234567L", "600 123 456"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theExportHoldsEveryRecordOfThePersonAndNothingOfAnyoneElse() throws Exception {
        Path out = dir.resolve("export");
        SubjectAccess.Export e = f.w.subjectAccess().export(f.laia, ximena.personId(), Language.CATALAN, out);

        String pdf = DocumentFixture.text(Files.readAllBytes(e.pdf())).replaceAll("\\s+", " ");
        String json = Files.readString(e.json(), StandardCharsets.UTF_8);
        assertThat(DocumentFixture.pdfaProblems(Files.readAllBytes(e.pdf()))).as("PDF/A-3b").isNull();
        for (String s : hers) {
            assertThat(json).as("JSON holds %s", s).contains(s);
            assertThat(pdf).as("PDF holds %s", s).contains(s);
        }
        for (String s : his) {
            assertThat(json).as("JSON leaks %s", s).doesNotContainIgnoringCase(s);
            assertThat(pdf).as("PDF leaks %s", s).doesNotContainIgnoringCase(s);
        }
        assertThat(json).contains("en [una altra persona] treballa de nit; telèfon [una altra persona]");
        assertThat(e.pdf().getFileName().toString()).doesNotContain("Ximena").startsWith("teixit-acces-").endsWith(".pdf");

        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(doc.get("format").asText()).isEqualTo(SubjectAccess.FORMAT);
        JsonNode s = doc.get("sections");
        assertThat(s.get("person")).hasSize(1);
        assertThat(s.get("household_member")).hasSize(1);
        assertThat(s.get("intervention")).hasSize(3); // hers (one confidential, by a colleague) and the household's
        assertThat(s.get("demand")).hasSize(1);
        assertThat(s.get("referral")).hasSize(1);
        assertThat(s.get("consent")).hasSize(1);
        assertThat(s.get("appointment")).hasSize(1);
        assertThat(s.get("group_enrolment")).hasSize(1);
        assertThat(s.get("case_file")).hasSize(1);
        assertThat(s.get("audit_entry").size()).isPositive();
        assertThat(s.get("person").get(0).get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        int total = 0;
        for (JsonNode section : s) {
            total += section.size();
        }
        assertThat(e.records()).isEqualTo(total);

        // Audited: an export of the person by its professional, naming no one.
        assertThat(f.w.audit().ofUser(f.montse, f.laia.id(), java.time.Instant.now().minusSeconds(600),
                java.time.Instant.now().plusSeconds(60))).anySatisfy(a -> {
                    assertThat(a.action()).isEqualTo(AuditAction.EXPORT.name());
                    assertThat(a.entityType()).isEqualTo("person");
                    assertThat(a.entityId()).isEqualTo(ximena.personId().toString());
                    assertThat(a.detail()).isEqualTo("subject-access");
                });
    }

    @Test
    void onlyATeamLeadOrThePersonsOwnProfessionalMayExport() {
        assertThat(f.w.subjectAccess().mayExport(f.laia, ximena.personId())).isTrue(); // her reference professional
        assertThat(f.w.subjectAccess().mayExport(f.montse, ximena.personId())).isTrue(); // team lead
        assertThat(f.w.subjectAccess().mayExport(jordi, ximena.personId())).isFalse();
        assertThatThrownBy(() -> f.w.subjectAccess().content(jordi, ximena.personId(), Language.CATALAN))
                .isInstanceOf(AccessDeniedException.class);
        SubjectAccess.Content c = f.w.subjectAccess().content(f.montse, ximena.personId(), Language.ENGLISH);
        assertThat(c.json()).contains("Confidencial: relat de violència masclista");
    }
}
