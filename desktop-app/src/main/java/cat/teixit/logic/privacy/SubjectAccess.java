package cat.teixit.logic.privacy;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PageTemplate;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.privacy.SubjectQueries;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The right of access (GDPR art. 15): everything the workstation holds about one person as one PDF/A for the person
 * and one JSON file for a machine, made only by a team lead or the person's own professional (the reference
 * professional of one of their case files), confidential entries included, and audited as an export. Nothing about
 * anyone else: the other members of the person's households are left out, and their names, document numbers, phones
 * and e-mails are masked in the free texts that are about the whole household (docs/gdpr.md, decision 0033).
 * Thread-safe.
 */
public final class SubjectAccess {

    /** The JSON file's format name, first in the file; a later format gets a new one. */
    public static final String FORMAT = "teixit-subject-access-1";

    private static final PageTemplate PAGE = PageTemplate.of("/privacy/subject.peb");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Shorter values are not masked: two letters match inside too many words. */
    private static final int SHORTEST_MASKED = 3;

    /** The two files of an export and how many records they hold. */
    public record Export(Path pdf, Path json, int records) {
    }

    /** An export in memory: the PDF/A bytes, the JSON text and how many records they hold. */
    public record Content(byte[] pdf, String json, int records) {
    }

    /** The title of each section (a table of the store), in the texts. */
    private static final Map<String, String> SECTION_KEYS = Map.ofEntries(Map.entry("person", "gdpr.section.person"),
            Map.entry("household_member", "gdpr.section.householdMember"), Map.entry("household", "gdpr.section.household"),
            Map.entry("case_file", "gdpr.section.caseFile"), Map.entry("case_collaborator", "gdpr.section.collaborator"),
            Map.entry("case_event", "gdpr.section.caseEvent"), Map.entry("intervention", "gdpr.section.intervention"),
            Map.entry("demand", "gdpr.section.demand"), Map.entry("assessment", "gdpr.section.assessment"),
            Map.entry("resource_assignment", "gdpr.section.resource"), Map.entry("referral", "gdpr.section.referral"),
            Map.entry("attachment", "gdpr.section.attachment"), Map.entry("intervention_plan", "gdpr.section.plan"),
            Map.entry("plan_goal", "gdpr.section.goal"), Map.entry("plan_action", "gdpr.section.action"),
            Map.entry("appointment", "gdpr.section.appointment"), Map.entry("group_enrolment", "gdpr.section.enrolment"),
            Map.entry("group_attendance", "gdpr.section.attendance"), Map.entry("consent", "gdpr.section.consent"),
            Map.entry("audit_entry", "gdpr.section.audit"));

    private final CaseDeps deps;
    private final DocumentService documents;

    public SubjectAccess(CaseDeps deps, DocumentService documents) {
        this.deps = deps;
        this.documents = documents;
    }

    /** True when {@code user} may export what is held about person {@code personId} (to show the action or not). */
    public boolean mayExport(CurrentUser user, UUID personId) {
        if (!deps.access().allows(user, Permission.VIEW_CASE_FILES)) {
            return false;
        }
        return deps.store().read(tx -> {
            Person p = tx.cases().find(Person.class, personId).orElse(null);
            return p != null && deps.scopesOf(user).contains(p.getScope())
                    && (deps.access().allows(user, Permission.READ_TEAM_CONFIDENTIAL)
                            || tx.subjects().referenceProfessionals(personId).contains(user.id().toString()));
        });
    }

    /**
     * Writes the export of person {@code personId} into {@code directory} (two files, named by the date and the
     * start of the person's id, never by the name), each completely or not at all.
     *
     * @throws AccessDeniedException unless {@code user} is a team lead or the person's own professional
     */
    public Export export(CurrentUser user, UUID personId, Language language, Path directory) {
        Content c = content(user, personId, language);
        String base = "teixit-" + new BundleTexts(language).t("gdpr.file") + "-"
                + deps.today().format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + personId.toString().substring(0, 8);
        Path pdf = directory.resolve(base + ".pdf");
        Path json = directory.resolve(base + ".json");
        DocumentService.writeAtomically(pdf, c.pdf());
        DocumentService.writeAtomically(json, c.json().getBytes(StandardCharsets.UTF_8));
        return new Export(pdf, json, c.records());
    }

    /** The export of person {@code personId} in memory (see {@link #export}); making it is audited as an export. */
    public Content content(CurrentUser user, UUID personId, Language language) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        SubjectQueries.Subject subject = deps.store().read(tx -> {
            deps.visible(user, tx.cases().find(Person.class, personId).orElseThrow(() -> new NotFoundException("person")),
                    "person");
            return tx.subjects().of(personId);
        });
        if (!deps.access().allows(user, Permission.READ_TEAM_CONFIDENTIAL) && !ownProfessional(user, subject)) {
            throw new AccessDeniedException(Permission.READ_TEAM_CONFIDENTIAL);
        }
        BundleTexts t = new BundleTexts(language);
        Masker masker = new Masker(subject, t.t("gdpr.masked"));
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        int records = 0;
        for (Map.Entry<String, List<SubjectQueries.Row>> e : subject.sections().entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SubjectQueries.Row r : e.getValue()) {
                Object scope = r.fields().get("scope");
                if (scope != null && !deps.scopesOf(user).contains(scope.toString())) {
                    continue; // another team's record this workstation holds for someone else
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                r.fields().forEach((k, v) -> {
                    if (!"scope".equals(k)) {
                        fields.put(k, v instanceof String s ? masker.mask(s) : v);
                    }
                });
                rows.add(fields);
            }
            records += rows.size();
            sections.put(e.getKey(), rows);
        }
        String now = deps.clock().instant().toString();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("personId", personId.toString());
        doc.put("exportedAt", now);
        doc.put("exportedBy", user.username());
        doc.put("maskedText", t.t("gdpr.masked"));
        doc.put("sections", sections);
        String json;
        try {
            json = JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        byte[] pdf = documents.renderPage(t.t("gdpr.title"), PAGE.fill(model(t, sections, user, now, records), language),
                language);
        documents.audited(user, AuditAction.EXPORT, Person.TYPE, personId, null, "subject-access");
        return new Content(pdf, json, records);
    }

    private static Map<String, Object> model(BundleTexts t, Map<String, List<Map<String, Object>>> sections,
            CurrentUser user, String now, int records) {
        List<Map<String, Object>> out = new ArrayList<>();
        sections.forEach((name, rows) -> {
            Map<String, Object> s = new HashMap<>();
            s.put("title", t.t(SECTION_KEYS.get(name)) + " (" + rows.size() + ")");
            s.put("rows", rows.stream().map(r -> r.entrySet().stream().filter(f -> f.getValue() != null)
                    .map(f -> List.of(f.getKey(), String.valueOf(f.getValue()))).toList()).toList());
            out.add(s);
        });
        Map<String, Object> m = new HashMap<>();
        m.put("title", t.t("gdpr.title"));
        m.put("intro", t.t("gdpr.intro", user.displayName(), now, records));
        m.put("masked", t.t("gdpr.maskedNote", t.t("gdpr.masked")));
        m.put("none", t.t("gdpr.none"));
        m.put("sections", out);
        return m;
    }

    private static boolean ownProfessional(CurrentUser user, SubjectQueries.Subject subject) {
        String me = user.id().toString();
        return subject.sections().getOrDefault("case_file", List.of()).stream()
                .anyMatch(r -> me.equals(r.fields().get("reference_professional_id")));
    }

    /**
     * Masks in a text the names, document numbers, phones, e-mails and health cards of the other people who shared a
     * household with the person, longest first; a surname the person shares is not masked (it is theirs too).
     */
    static final class Masker {

        private final Pattern pattern;
        private final String replacement;

        Masker(SubjectQueries.Subject subject, String replacement) {
            this.replacement = Matcher.quoteReplacement(replacement);
            Set<String> own = new LinkedHashSet<>();
            subject.sections().getOrDefault("person", List.of()).forEach(r -> r.fields().values().forEach(v -> {
                if (v instanceof String s) {
                    own.add(s.toLowerCase(Locale.ROOT));
                }
            }));
            Set<String> terms = new LinkedHashSet<>();
            for (Map<String, Object> o : subject.others()) {
                String given = text(o.get("given_name"));
                String s1 = text(o.get("surname1"));
                String s2 = text(o.get("surname2"));
                terms.add(String.join(" ", given, s1, s2).strip().replaceAll(" +", " "));
                terms.add((given + " " + s1).strip());
                for (String key : List.of("given_name", "surname1", "surname2", "id_doc_number", "phone", "email",
                        "health_card")) {
                    terms.add(text(o.get(key)));
                }
            }
            List<String> kept = terms.stream().filter(x -> x.length() >= SHORTEST_MASKED)
                    .filter(x -> !own.contains(x.toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            this.pattern = kept.isEmpty() ? null
                    : Pattern.compile(String.join("|", kept.stream().map(Pattern::quote).toList()),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        String mask(String text) {
            return pattern == null || text == null ? text : pattern.matcher(text).replaceAll(replacement);
        }

        private static String text(Object v) {
            return Objects.toString(v, "").strip();
        }
    }
}
