package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates kept and refused, missing data named, documents written whole and filed in the case file. */
class DocumentServiceTest {

    @TempDir
    static Path dir;
    static DocumentFixture f;

    @BeforeAll
    static void open() throws Exception {
        f = new DocumentFixture(dir.resolve("data"));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static final String LETTER = "{# title: Carta breu #}\n<h1>Carta</h1>\n<p>{{ person.fullName }}</p>\n"
            + "{% for m in household.members %}<p>{{ m.fullName }}</p>{% endfor %}\n";

    @Test
    void anUnknownPlaceholderIsRefusedWithItsLineAndNameAndThePreviousVersionStays() {
        DocumentService.TemplateInfo first = save("carta-breu", LETTER);
        assertThat(first.version()).isEqualTo(1);
        String wrong = LETTER + "<p>{{ person.fullNme }}</p>\n{% for m in household.members %}{{ m.agee }}{% endfor %}\n";
        assertThatThrownBy(() -> save("carta-breu", wrong)).isInstanceOfSatisfying(TemplateRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new TemplateProblem(5, "person.fullNme", TemplateProblem.UNKNOWN_PLACEHOLDER),
                        new TemplateProblem(6, "household.members.agee", TemplateProblem.UNKNOWN_PLACEHOLDER)));
        assertThat(f.documents.template(f.montse, "carta-breu", Language.CATALAN).body()).isEqualTo(LETTER);
        assertThat(f.documents.versions(f.montse, "carta-breu", Language.CATALAN)).hasSize(1);
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedWithItsLine() {
        List<TemplateProblem> syntax = f.documents.check("<p>\n{% if person.phone %}\n{{ person.phone }</p>");
        assertThat(syntax).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(TemplateProblem.SYNTAX);
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(f.documents.check("<p>{{ nobody }}</p>")).containsExactly(
                new TemplateProblem(1, "nobody", TemplateProblem.UNKNOWN_PLACEHOLDER));
        assertThat(f.documents.check("<p>\n{% for x in person.fullName %}{% endfor %}</p>")).containsExactly(
                new TemplateProblem(2, "person.fullName", TemplateProblem.NOT_A_LIST));
        assertThat(f.documents.check("<p>{{ person.fullName | raw }}</p>")).extracting(TemplateProblem::key)
                .containsExactly(TemplateProblem.UNSUPPORTED);
        assertThat(f.documents.check("<p>\n<b>{{ person.fullName }}</p>")).extracting(TemplateProblem::key)
                .containsExactly(TemplateProblem.MARKUP);
        assertThat(f.documents.check("{% include 'x' %}")).extracting(TemplateProblem::key)
                .containsExactly(TemplateProblem.UNSUPPORTED);
        assertThat(f.documents.check(LETTER)).isEmpty();
    }

    @Test
    void onlyATeamLeadEditsTemplatesAndANewVersionReplacesTheBuiltInOne() {
        assertThatThrownBy(() -> f.documents.save(f.laia, "appointment-letter", Language.CATALAN, "Carta", LETTER))
                .isInstanceOf(AccessDeniedException.class);
        String changed = f.documents.template(f.montse, "appointment-letter", Language.SPANISH).body()
                .replace("Atentamente,", "Un saludo cordial,");
        DocumentService.TemplateInfo saved = f.documents.save(f.montse, "appointment-letter", Language.SPANISH, "Carta de cita", changed);
        assertThat(saved.origin()).isEqualTo(TemplateSource.Origin.TEAM);
        assertThat(f.documents.templates(f.laia, Language.SPANISH)).filteredOn(t -> t.key().equals("appointment-letter"))
                .singleElement().extracting(DocumentService.TemplateInfo::version).isEqualTo(1);
        assertThat(f.documents.templates(f.laia, Language.CATALAN)).filteredOn(t -> t.key().equals("appointment-letter"))
                .singleElement().extracting(DocumentService.TemplateInfo::origin).isEqualTo(TemplateSource.Origin.BUILT_IN);
        long pending = pending(f);
        f.documents.save(f.montse, "appointment-letter", Language.SPANISH, "Carta de cita", changed + "<p>PD</p>");
        assertThat(pending(f)).as("a new version is a synced insert")
                .isEqualTo(pending + 1);
        assertThat(f.documents.versions(f.laia, "appointment-letter", Language.SPANISH)).extracting(DocumentService.TemplateInfo::version)
                .containsExactly(2, 1);
    }

    @Test
    void aTemplateGoesOutAsAFileAndComesBackAsTheNextVersion() throws Exception {
        Path file = dir.resolve("export").resolve("referral-letter.en.html");
        f.documents.exportTemplate(f.montse, "referral-letter", Language.ENGLISH, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{# title: Referral letter #}");
        Files.writeString(file, text.replace("Kind regards,", "Best regards,"), StandardCharsets.UTF_8);
        DocumentService.TemplateInfo imported = f.documents.importTemplate(f.montse, file);
        assertThat(imported.key()).isEqualTo("referral-letter");
        assertThat(imported.language()).isEqualTo(Language.ENGLISH);
        assertThat(imported.title()).isEqualTo("Referral letter");
        String pdf = DocumentFixture.text(f.documents.render(f.laia, "referral-letter", Language.ENGLISH, f.caseFileId,
                Map.of()).pdf());
        assertThat(pdf).contains("Best regards,");
        Path bad = dir.resolve("export").resolve("referral-letter.en.html");
        Files.writeString(bad, "{# title: Broken #}\n<p>{{ referral.whom }}</p>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> f.documents.importTemplate(f.montse, bad)).isInstanceOf(TemplateRejectedException.class);
        assertThat(f.documents.template(f.montse, "referral-letter", Language.ENGLISH).body()).contains("Best regards,");
    }

    @Test
    void missingDataIsNamedBeforeRenderingAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("out").resolve("letter.pdf");
        assertThatThrownBy(() -> f.documents.renderToFile(f.laia, "appointment-letter", Language.CATALAN, f.caseFileId,
                Map.of("appointment", Map.of("date", "17/12/2026")), out))
                .isInstanceOfSatisfying(MissingDataException.class, e -> assertThat(e.placeholders())
                        .containsExactly("appointment.professional", "appointment.time", "appointment.place"));
        assertThat(out).doesNotExist();
        assertThat(out.getParent()).as("not even a temporary file").doesNotExist();
        f.documents.renderToFile(f.laia, "appointment-letter", Language.CATALAN, f.caseFileId, DocumentFixture.extra(), out);
        assertThat(DocumentFixture.text(Files.readAllBytes(out))).contains("10:30");
        assertThat(out.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aFiledDocumentIsAnAttachmentOfTheCaseFileInItsHistoryAndWaitsToSync() throws Exception {
        long pending = pending(f);
        DocumentService.Rendered r = f.documents.renderAndFile(f.laia, "plan-agreement", Language.CATALAN, f.caseFileId,
                Map.of());
        List<CaseRecords.AttachmentItem> files = f.w.attachments().attachments(f.laia, f.caseFileId);
        CaseRecords.AttachmentItem filed = files.stream().filter(a -> a.id().equals(r.id())).findFirst().orElseThrow();
        assertThat(filed.fileName()).startsWith("Acord del pla de treball ").endsWith(".pdf");
        assertThat(filed.sizeBytes()).isEqualTo(r.pdf().length);
        assertThat(Files.readAllBytes(f.w.attachments().copyForViewing(f.laia, r.id()))).isEqualTo(r.pdf());
        assertThat(f.w.timeline().entries(f.laia, f.caseFileId, TimelineService.Filter.ALL))
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.DOCUMENT);
                    assertThat(e.id()).isEqualTo(r.id());
                });
        assertThat(pending(f)).isEqualTo(pending + 1);
        assertThat(DocumentFixture.text(r.pdf())).contains(r.id().toString());
    }

    @Test
    void aPreviewNeedsNoCaseFile() throws Exception {
        byte[] pdf = f.documents.preview(f.montse, "social-report", Language.CATALAN, null, null);
        assertThat(DocumentFixture.text(pdf)).contains("[person.fullName]").contains("[household.members.");
        byte[] edited = f.documents.preview(f.montse, "x", Language.CATALAN, "<h1>Prova {{ person.fullName }}</h1>",
                f.caseFileId);
        assertThat(DocumentFixture.text(edited)).contains("Prova Núria Pagès Muñoz");
        List<PdfPages.Page> pages = PdfPages.render(pdf, 100, 10);
        assertThat(pages).as("the example report's pages").hasSize(2);
        assertThat(pages.getFirst().width()).as("A4 at 100 dpi").isBetween(825, 829);
        assertThat(pages.getFirst().height()).isBetween(1167, 1171);
    }

    @Test
    void aLayoutWarningFailsTheRenderInsteadOfDroppingContent() {
        assertThatThrownBy(() -> f.documents.preview(f.montse, "x", Language.CATALAN,
                "<p>Logo: <img src=\"data:image/png;base64,AAAA\" alt=\"\"/></p>", null))
                .isInstanceOf(PdfRenderer.RenderException.class).hasMessageContaining("the layout reported");
    }

    private static long pending(DocumentFixture f) {
        Long n = f.w.readForBenchmark(tx -> tx.outbox().countPending());
        return n;
    }

    private static DocumentService.TemplateInfo save(String key, String body) {
        return f.documents.save(f.montse, key, Language.CATALAN, BuiltInTemplates.titleOf(body, key), body);
    }
}
