package cat.teixit.logic.documents;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.AttachmentService;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.documents.DocumentTemplate;
import cat.teixit.persistence.AtomicFiles;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.documents.DocumentCaseQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents made from templates: the templates (built in, or the team's, edited by a team lead, checked before
 * they are kept, every version kept and synced), filled with a case file's data and rendered to PDF/A-3b; filed
 * in the case file as an attachment (so it is synced and shows in the social history) or written to a file,
 * atomically. Missing data is named, by placeholder, before anything is rendered. Thread-safe.
 */
public final class DocumentService {

    /** What a file name may not hold on any system. */
    private static final java.util.regex.Pattern UNSAFE_IN_NAME = java.util.regex.Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);
    /** A template key: lower-case words joined by hyphens. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int TITLE_MAX = 120;

    /** A template in a list: where it comes from and its version (0: built in). */
    public record TemplateInfo(String key, Language language, String title, int version, TemplateSource.Origin origin) {
    }

    /** A document made: its id (printed in its footer; the attachment's id when filed), title and PDF bytes. */
    public record Rendered(UUID id, String title, String fileName, byte[] pdf) {
    }

    /** The case-file use cases documents read their data through (so access and confidentiality apply). */
    public record Sources(cat.teixit.logic.casefile.CaseFileService caseFiles, cat.teixit.logic.casefile.PersonService people,
            cat.teixit.logic.casefile.PlanService plans, cat.teixit.logic.casefile.TimelineService timeline,
            cat.teixit.logic.casefile.ResourceService resources, cat.teixit.logic.casefile.ReferralService referrals,
            cat.teixit.logic.catalogue.CatalogueService catalogues) {
    }

    /** A case file documents can be made for. */
    public record CaseRef(UUID id, String number) {
    }

    private final LocalStore store;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final Clock clock;
    private final CaseData data;
    private final cat.teixit.logic.casefile.ReferralService referrals;
    private final AttachmentService attachments;
    private final Supplier<Council> council;
    private final TemplateEngine engine = new TemplateEngine();
    private final PdfRenderer renderer = new PdfRenderer();
    /** Checked templates by text: a template is compiled once. */
    private final Map<String, TemplateEngine.Compiled> compiled = new ConcurrentHashMap<>();

    public DocumentService(LocalStore store, ChangeRecorder recorder, AccessPolicy access, Clock clock,
            Sources sources, AttachmentService attachments, Supplier<Council> council) {
        this.store = store;
        this.recorder = recorder;
        this.access = access;
        this.clock = clock;
        this.data = new CaseData(sources);
        this.referrals = sources.referrals();
        this.attachments = attachments;
        this.council = council;
    }

    // ---------------------------------------------------------------------------------------------- templates

    /** The templates the user may use in {@code language}: the built-in ones (or the team's version of them), then the team's own. */
    public List<TemplateInfo> templates(CurrentUser user, Language language) {
        access.require(user, Permission.VIEW_CASE_FILES);
        Map<String, TemplateInfo> byKey = new LinkedHashMap<>();
        for (String key : BuiltInTemplates.KEYS) {
            TemplateSource t = BuiltInTemplates.load(key, language);
            byKey.put(key, new TemplateInfo(key, language, t.title(), 0, TemplateSource.Origin.BUILT_IN));
        }
        for (DocumentTemplate t : store.read(tx -> tx.documents().current(user.scope(), language.tag()))) {
            byKey.put(t.getTemplateKey(), info(t));
        }
        return List.copyOf(byKey.values());
    }

    /** True when {@code user} may change the team's templates (team leads). */
    public boolean mayEditTemplates(CurrentUser user) {
        return access.allows(user, Permission.EDIT_TEMPLATES);
    }

    /** The version in use of a template. */
    public TemplateSource template(CurrentUser user, String key, Language language) {
        access.require(user, Permission.VIEW_CASE_FILES);
        Optional<DocumentTemplate> team = store.read(tx -> tx.documents().current(user.scope(), key, language.tag()));
        if (team.isPresent()) {
            return source(team.get());
        }
        TemplateSource builtIn = BuiltInTemplates.load(key, language);
        if (builtIn == null) {
            throw new NotFoundException("template");
        }
        return builtIn;
    }

    /** Every version the team kept of a template, newest first (the built-in one is not listed). */
    public List<TemplateInfo> versions(CurrentUser user, String key, Language language) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> tx.documents().versions(user.scope(), key, language.tag())).stream().map(DocumentService::info)
                .toList();
    }

    /** The problems of a template text, for an editor's live check (empty when it would be accepted). */
    public List<TemplateProblem> check(String body) {
        try {
            checked(body);
            return List.of();
        } catch (TemplateRejectedException e) {
            return e.problems();
        }
    }

    /**
     * Keeps a new version of the team's template {@code key} in {@code language} (a team lead only). A template that
     * does not compile, names an unknown placeholder or gives markup that is not XHTML is refused with
     * {@link TemplateRejectedException} (line and name) and the version in use stays.
     */
    public TemplateInfo save(CurrentUser user, String key, Language language, String title, String body) {
        access.require(user, Permission.EDIT_TEMPLATES);
        if (key == null || !KEY.matcher(key).matches() || key.length() > 60) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(0, String.valueOf(key), TemplateProblem.SIZE)));
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(0, t, TemplateProblem.SIZE)));
        }
        checked(body);
        DocumentTemplate saved = store.write(tx -> {
            int version = tx.documents().current(user.scope(), key, language.tag()).map(DocumentTemplate::getVersion)
                    .orElse(0) + 1;
            DocumentTemplate row = new DocumentTemplate(Ids.newId(), user.scope(), key, language.tag(), t, body, version,
                    user.id(), clock.instant());
            if (!user.mayWrite(row.getScope())) {
                throw new AccessDeniedException(Permission.EDIT_TEMPLATES);
            }
            recorder.recordInsert(tx, recorder.newTransactionId(), row);
            tx.documents().save(row);
            return row;
        });
        LOG.info("Template {} ({}) saved as version {}", key, language.tag(), saved.getVersion());
        return info(saved);
    }

    /** A template as a file's text: its title on the first line, then its body (see {@link #importTemplate}). */
    public String exportTemplate(CurrentUser user, String key, Language language) {
        TemplateSource t = template(user, key, language);
        String body = t.body();
        if (BuiltInTemplates.titleOf(body, "").isEmpty()) {
            body = "{# title: " + t.title() + " #}\n" + body;
        }
        return body;
    }

    /** Writes {@link #exportTemplate} to {@code file} ({@code <key>.<language>.html} by convention), atomically. */
    public void exportTemplate(CurrentUser user, String key, Language language, Path file) {
        writeAtomically(file, exportTemplate(user, key, language).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Saves the template in {@code file} as a new version; its name gives key and language
     * ({@code appointment-letter.es.html}), its first line the title ({@code {# title: Carta de cita #}}).
     */
    public TemplateInfo importTemplate(CurrentUser user, Path file) {
        access.require(user, Permission.EDIT_TEMPLATES);
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        Optional<Language> language = parts.length == 3 && parts[2].equalsIgnoreCase("html")
                ? Language.fromTag(parts[1]) : Optional.empty();
        if (language.isEmpty()) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(0, name, TemplateProblem.SIZE)));
        }
        String body;
        try {
            if (Files.size(file) > TemplateEngine.MAX_LENGTH * 4L) {
                throw new TemplateRejectedException(List.of(new TemplateProblem(0, name, TemplateProblem.SIZE)));
            }
            body = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(user, parts[0], language.get(), BuiltInTemplates.titleOf(body, parts[0]), body);
    }

    // ---------------------------------------------------------------------------------------------- documents

    /**
     * A preview of {@code body} (a template being edited; null: the version in use of {@code key}) as PDF bytes,
     * filled with the case file's data, or with example values naming each placeholder when {@code caseFileId} is
     * null. Nothing is filed. Missing data is filled with the placeholder's name instead of refusing.
     */
    public byte[] preview(CurrentUser user, String key, Language language, String body, UUID caseFileId) {
        access.require(user, Permission.VIEW_CASE_FILES);
        TemplateSource t = body == null ? template(user, key, language)
                : new TemplateSource(key, language, key, body, 0, TemplateSource.Origin.TEAM);
        TemplateEngine.Compiled c = checked(t.body());
        Map<String, Object> values = caseFileId == null ? Examples.data() : merge(Examples.data(), data(user, caseFileId,
                language, Map.of(), c.roots()));
        UUID id = Ids.newId();
        return renderer.render(c.fill(values, DocumentTexts.locale(language)), t.title(), language, id.toString(),
                layoutCouncil());
    }

    /**
     * Renders template {@code key} for a case file, or for none ({@code caseFileId} null: a group session's
     * attendance sheet). {@code extra} gives what the case file does not hold (an {@code appointment}, a group
     * {@code session}, a participation {@code certificate}, an {@code aid} simulation), as maps of texts and lists.
     *
     * @throws MissingDataException naming each placeholder the template prints that has no value
     * @throws cat.teixit.logic.common.ValidationException when it prints a referral to an external service and its
     *         person holds no active consent to share the file
     */
    public Rendered render(CurrentUser user, String key, Language language, UUID caseFileId, Map<String, Object> extra) {
        access.require(user, Permission.VIEW_CASE_FILES);
        TemplateSource t = template(user, key, language);
        TemplateEngine.Compiled c = checked(t.body());
        if (caseFileId != null && c.roots().contains("referral")) {
            referrals.requireConsentToPrintLatest(user, caseFileId);
        }
        Map<String, Object> values = data(user, caseFileId, language, extra, c.roots());
        List<String> missing = new ArrayList<>(c.missing(values));
        Council co = council.get();
        if (co.name() == null || co.name().isBlank()) {
            missing.addFirst(Council.NAME);
        }
        if (co.logoUnreadable()) {
            missing.add(Council.LOGO);
        }
        if (!missing.isEmpty()) {
            throw new MissingDataException(missing);
        }
        UUID id = Ids.newId();
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) values.get("document");
        doc.put("id", id.toString());
        byte[] pdf = renderer.render(c.fill(values, DocumentTexts.locale(language)), t.title(), language, id.toString(),
                layoutCouncil());
        String number = String.valueOf(((Map<?, ?>) values.get("case")).get("number"));
        String fileName = UNSAFE_IN_NAME.matcher(number.isEmpty() ? t.title() : t.title() + " " + number).replaceAll("_") + ".pdf";
        audited(user, AuditAction.PRINT, "document", id, caseFileId, key);
        return new Rendered(id, t.title(), fileName, pdf);
    }

    /**
     * Records in the audit trail that {@code user} did {@code action} (a print, an export, a signature) on {@code
     * entityType} {@code entityId}, of the case file {@code caseFileId} if any; {@code detail} names what (a template
     * key, a format), never personal data.
     */
    public void audited(CurrentUser user, AuditAction action, String entityType, UUID entityId, UUID caseFileId,
            String detail) {
        store.write(tx -> {
            recorder.audit(tx, user.id(), user.username(), action, entityType, entityId, caseFileId, detail);
            return null;
        });
    }

    /** An identity document as documents print it ({@code DNI 12345678Z}); empty when there is none. */
    public static String idDocument(cat.teixit.model.casefile.IdDocumentType type, String number, Language language) {
        return DocumentTexts.document(type, number, language);
    }

    /** Renders a document and writes it to {@code out}: complete or not at all (a temporary file, then an atomic move). */
    public Rendered renderToFile(CurrentUser user, String key, Language language, UUID caseFileId,
            Map<String, Object> extra, Path out) {
        Rendered r = render(user, key, language, caseFileId, extra);
        writeAtomically(out, r.pdf());
        audited(user, AuditAction.EXPORT, "document", r.id(), caseFileId, key);
        return r;
    }

    /**
     * Renders a document and files it in the case file: an attachment under the document's id (content-addressed,
     * synced like the others), shown in the social history. The document's id is the attachment's.
     */
    public Rendered renderAndFile(CurrentUser user, String key, Language language, UUID caseFileId,
            Map<String, Object> extra) {
        access.require(user, Permission.EDIT_CASE_FILES);
        return file(user, caseFileId, render(user, key, language, caseFileId, extra));
    }

    /** Files a document rendered for {@code caseFileId} in it (see {@link #renderAndFile}). */
    public Rendered file(CurrentUser user, UUID caseFileId, Rendered r) {
        access.require(user, Permission.EDIT_CASE_FILES);
        attachments.addGenerated(user, caseFileId, null, r.id(), r.pdf(), r.fileName(), r.title());
        LOG.info("Document {} filed as an attachment", r.id());
        return r;
    }

    /** The user's team's case file numbered {@code number}. */
    public Optional<CaseRef> caseFile(CurrentUser user, String number) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> tx.documentCases().byNumber(user.scope(), number.strip())).map(DocumentService::ref);
    }

    /**
     * A copy of a rendered document to open in the system's viewer, inside the data directory (where the
     * attachments opened for viewing go, {@code tmp/open}), never in the system's shared temporary folder.
     */
    public Path forViewing(byte[] pdf, String fileName) {
        String safe = UNSAFE_IN_NAME.matcher(fileName).replaceAll("_");
        Path file = store.dataDir().resolve("tmp").resolve("open").resolve(Ids.newId().toString())
                .resolve(safe.isBlank() ? "document.pdf" : safe);
        writeAtomically(file, pdf);
        return file;
    }

    /** The open case files of the user's team, by number (batch letters). */
    public List<CaseRef> openCaseFiles(CurrentUser user) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> tx.documentCases().open(user.scope())).stream().map(DocumentService::ref).toList();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private TemplateEngine.Compiled checked(String body) {
        TemplateEngine.Compiled c = compiled.get(body == null ? "" : body);
        if (c != null) {
            return c;
        }
        c = engine.compile(body, Examples.data());
        if (compiled.size() > 200) {
            compiled.clear();
        }
        compiled.put(body, c);
        return c;
    }

    private Map<String, Object> data(CurrentUser user, UUID caseFileId, Language language, Map<String, Object> extra,
            java.util.Set<String> roots) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid")));
        Set<String> read = new java.util.HashSet<>(roots);
        read.add("case"); // the file name names the case file
        read.add("document"); // its id is set once known
        Map<String, Object> d = data.of(user, caseFileId, language, today, read);
        Council co = council.get();
        d.put("council", CaseData.map("name", co.name(), "address", co.address(), "logo", co.logo() == null ? "" : "logo"));
        d.put("date", CaseData.map("today", DocumentTexts.longDate(today, language), "todayShort",
                DocumentTexts.shortDate(today), "place", co.town()));
        d.put("document", new HashMap<>(CaseData.map("id", "", "title", "")));
        d.put("appointment", CaseData.map("date", "", "time", "", "place", "", "professional", "", "reason", ""));
        d.put("session", CaseData.map("title", "", "date", "", "time", "", "place", "", "facilitator", "",
                "participants", ((Map<?, ?>) d.get("household")).get("members")));
        d.keySet().retainAll(read);
        d.put("aid", CaseData.map("date", "", "total", "", "items", List.of()));
        d.put("certificate", CaseData.map("fullName", "", "idDocument", "", "title", "", "programme", "", "from", "",
                "to", "", "sessions", "", "attended", "", "hours", "", "facilitator", ""));
        return merge(d, extra == null ? Map.of() : extra);
    }

    /** {@code base} with the values of {@code over} laid on it, maps merged key by key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new HashMap<>(base);
        over.forEach((k, v) -> {
            Object b = out.get(k);
            if (b instanceof Map<?, ?> bm && v instanceof Map<?, ?> vm) {
                out.put(k, merge((Map<String, Object>) bm, (Map<String, Object>) vm));
            } else if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Lays out an XHTML fragment that is not a template (other areas' printouts: the team reports) on the council's
     * page, header and "page X of Y" footer, as PDF/A-3b. The fragment's texts must already be escaped.
     */
    public byte[] renderPage(String title, String xhtmlBody, Language language) {
        return renderPage(title, xhtmlBody, language, null);
    }

    /** The same, with {@code painter} drawing vector graphics (charts) in the empty boxes it names. */
    public byte[] renderPage(String title, String xhtmlBody, Language language, BoxPainter painter) {
        return renderer.render(xhtmlBody, title, language, Ids.newId().toString(), layoutCouncil(), painter);
    }

    private Layout.Council layoutCouncil() {
        Council c = council.get();
        return new Layout.Council(c.name(), c.address(), c.logo());
    }

    /** Writes {@code bytes} to {@code target} completely or not at all: a temporary file beside it, synced, then moved. */
    public static void writeAtomically(Path target, byte[] bytes) {
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateInfo info(DocumentTemplate t) {
        return new TemplateInfo(t.getTemplateKey(), Language.fromTag(t.getLanguage()).orElse(Language.CATALAN), t.getTitle(),
                t.getVersion(), TemplateSource.Origin.TEAM);
    }

    private static TemplateSource source(DocumentTemplate t) {
        return new TemplateSource(t.getTemplateKey(), Language.fromTag(t.getLanguage()).orElse(Language.CATALAN),
                t.getTitle(), t.getBody(), t.getVersion(), TemplateSource.Origin.TEAM);
    }

    private static CaseRef ref(DocumentCaseQueries.CaseRef r) {
        return new CaseRef(r.id(), r.number());
    }
}
