package cat.teixit.logic.documents;

import cat.teixit.testing.TestKeys;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The whole workstation on a real store in a temporary directory, with a council set in its settings (name,
 * address, a logo file) and a case file with a household, a plan, history, resources and a referral; and the
 * checks documents tests share (text of a PDF, veraPDF). Not thread-safe.
 */
public final class DocumentFixture implements AutoCloseable {

    public final Path dir;
    public final Workstation w;
    public final DocumentService documents;
    public final CurrentUser laia;
    public final CurrentUser montse;
    public final UUID caseFileId;
    public final String caseNumber;

    public DocumentFixture(Path dir) throws Exception {
        this(dir, true);
    }

    DocumentFixture(Path dir, boolean council) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        if (council) {
            Path logo = dir.resolve("logo.png");
            BufferedImage img = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 240, 240);
            g.setColor(new Color(0x1f4e79));
            g.fillOval(20, 20, 200, 200);
            g.dispose();
            ImageIO.write(img, "png", logo.toFile());
            Files.writeString(dir.resolve("settings.properties"), "council.name=Ajuntament de Salt\n"
                    + "council.address=Plaça de la Vila, 1 · 17190 Salt\n"
                    + "council.logo=" + logo.toString().replace("\\", "/") + "\n", StandardCharsets.UTF_8);
        }
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        documents = w.documents();
        laia = login("laia");
        montse = login("montse");
        PersonService.Created c = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz",
                IdDocumentType.DNI, "12345678Z", LocalDate.of(1981, 3, 14), Sex.F).withPhone("600 123 456")
                .withAddress("Carrer de l’Àngel Guimerà, 12, 2n 1a", "458", null), "2");
        caseFileId = c.caseFileId();
        caseNumber = w.caseFiles().load(laia, caseFileId).number();
        w.people().addToHousehold(laia, c.householdId(), PersonForm.basic("Marçal", "Pagès", "Muñoz",
                IdDocumentType.NONE, null, LocalDate.of(2012, 6, 2), Sex.M), "3", LocalDate.of(2020, 1, 1));
        w.people().addToHousehold(laia, c.householdId(), PersonForm.basic("Laila", "El Amrani", null,
                IdDocumentType.NIE, "X1234567L", LocalDate.of(2015, 9, 30), Sex.F), "3", LocalDate.of(2020, 1, 1));
        UUID plan = w.plans().create(laia, caseFileId, "Estabilitat a l’habitatge i escolarització",
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 15));
        UUID goal = w.plans().addGoal(laia, plan, "Mantenir l’habitatge de lloguer sense deutes");
        w.plans().addGoal(laia, plan, "Assistència regular del Marçal a l’escola");
        w.plans().addAction(laia, plan, goal, "Sol·licitar l’ajut al lloguer de l’Agència de l’Habitatge", "Núria",
                LocalDate.of(2026, 11, 30));
        w.interventions().add(laia, caseFileId, new InterventionForm(InterventionKind.OFFICE_INTERVIEW,
                LocalDate.of(2026, 10, 1), LocalTime.of(10, 0), 45, null, List.of(),
                "Primera entrevista: la família explica la situació d’habitatge i l’ocupació parcial.", false));
        w.interventions().add(laia, caseFileId, new InterventionForm(InterventionKind.HOME_VISIT,
                LocalDate.of(2026, 10, 20), LocalTime.of(12, 0), 60, null, List.of(),
                "Text confidencial que no ha de sortir mai en cap document.", true));
        UUID demand = w.resources().addDemand(laia, caseFileId, null, "2", "Ajuda per pagar el lloguer");
        w.resources().propose(laia, caseFileId, null, demand, null, "1.1.2.1", 124_000L, null);
        w.consents().record(laia, c.personId(), cat.teixit.model.casefile.ConsentPurpose.SHARING,
                LocalDate.of(2026, 10, 1), null, "Signat a l’entrevista");
        w.referrals().refer(laia, caseFileId, null, ReferralTargetKind.SERVICE, "CAP Salt · Treball social sanitari",
                "Seguiment de la salut del Marçal i coordinació amb l’escola.");
    }

    /** Another open case file of the team, for a person alone, without a plan; its number. */
    public String secondCaseFile() {
        PersonService.Created c = w.people().createWithNewHousehold(laia, PersonForm.basic("Ramon", "Llull", "Soler",
                IdDocumentType.DNI, "87654321X", LocalDate.of(1960, 1, 20), Sex.M), "2");
        return w.caseFiles().load(laia, c.caseFileId()).number();
    }

    private CurrentUser login(String name) {
        return ((LoginResult.Success) w.auth().login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    /** What the case file does not hold: an appointment, a group session, an aid simulation. */
    public static Map<String, Object> extra() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("name", "Renda garantida de ciutadania", "administration", "Generalitat de Catalunya",
                "amount", "1.240,00 €", "reasoning", "Ingressos de la unitat per sota de l’indicador (IRSC)."));
        items.add(Map.of("name", "Ajut d’urgència social", "administration", "Ajuntament de Salt", "amount",
                "300,00 €", "reasoning", "Deute de lloguer acreditat."));
        return Map.of("appointment", Map.of("date", "dijous, 17 de desembre del 2026", "time", "10:30",
                        "place", "Serveis socials, Carrer Major, 5", "professional", "Laia Puig Ferrer",
                        "reason", "Seguiment del pla de treball"),
                "session", Map.of("title", "Sessió d’acollida «Vine»", "date", "15/12/2026", "time", "17:00",
                        "place", "Sala d’actes, Centre cívic", "facilitator", "Jordi Serra Vidal"),
                "aid", Map.of("date", "05/12/2026", "total", "1.540,00 €", "items", items),
                "certificate", Map.of("fullName", "Núria Pagès Muñoz", "idDocument", "DNI 12345678Z",
                        "title", "Taller de recerca de feina", "programme", "Inclusió laboral", "from", "12/01/2026",
                        "to", "30/03/2026", "sessions", "12", "attended", "10", "hours", "20",
                        "facilitator", "Jordi Serra Vidal"));
    }

    public static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(d).replace('\u00a0', ' ');
        }
    }

    static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(d).replace('\u00a0', ' '));
            }
        }
        return pages;
    }

    private static boolean veraReady;

    /** veraPDF's verdict on PDF/A-3b conformance: null when compliant, else the failed rules. */
    public static synchronized String pdfaProblems(byte[] pdf) throws Exception {
        if (!veraReady) {
            VeraGreenfieldFoundryProvider.initialise();
            veraReady = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            result.getTestAssertions().stream().filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .limit(10).forEach(a -> b.append(a.getRuleId()).append(": ").append(a.getMessage()).append('\n'));
            return b.toString();
        }
    }

    @Override
    public void close() {
        w.close();
    }
}
