package cat.teixit.logic.documents;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.ResourceAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The placeholders' values for one case file, read through the case-file use cases (so the user's access and
 * the confidentiality of entries apply), as texts in the document's language: dates as people write them,
 * amounts in euros, codes as their labels. Thread-safe.
 */
final class CaseData {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private final DocumentService.Sources s;

    CaseData(DocumentService.Sources sources) {
        this.s = sources;
    }

    /**
     * The placeholders of {@link Placeholders} under {@code roots} (the top-level names a template uses; the others
     * are not read) for {@code caseFileId}, plus the case file's number; a value missing is an empty text.
     */
    Map<String, Object> of(CurrentUser user, UUID caseFileId, Language l, LocalDate today, java.util.Set<String> roots) {
        Map<String, Object> d = new HashMap<>();
        if (caseFileId == null) {
            // A document of no case file (a group session's attendance sheet): only who makes it.
            d.put("person", Map.of());
            d.put("household", map("name", "", "address", "", "municipality", "", "housing", "", "members", List.of()));
            d.put("case", map("number", "", "status", "", "openedOn", "", "closedOn", ""));
            staff(d, user, l);
            return d;
        }
        CaseFileDetails cf = s.caseFiles().load(user, caseFileId);
        CaseFileDetails.Member ref = cf.referencePerson();
        if (roots.contains("person")) {
            d.put("person", ref == null ? Map.of() : person(user, ref, l, today));
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (CaseFileDetails.Member m : roots.contains("household") || roots.contains("session") ? cf.members()
                : List.<CaseFileDetails.Member>of()) {
            PersonForm p = s.people().form(user, m.personId());
            members.add(map("fullName", m.displayName(),
                    "relationship", m.reference() ? "" : s.catalogues().label(Catalogue.RELATIONSHIP, m.relationship(), l),
                    "birthDate", DocumentTexts.shortDate(m.birthDate()),
                    "age", m.birthDate() == null ? "" : String.valueOf(Period.between(m.birthDate(), today).getYears()),
                    "idDocument", DocumentTexts.document(p.docType(), p.docNumber(), l)));
        }
        d.put("household", map("name", cf.householdName(), "address", cf.address(),
                "municipality", s.catalogues().label(Catalogue.MUNICIPALITY, cf.municipality(), l),
                "housing", s.catalogues().label(Catalogue.HOUSING_TENURE, cf.housingTenure(), l), "members", members));
        d.put("case", map("number", cf.number(), "status", DocumentTexts.status(cf.status(), l),
                "openedOn", DocumentTexts.shortDate(cf.openedOn()), "closedOn", DocumentTexts.shortDate(cf.closedOn())));
        if (roots.contains("plan")) {
            d.put("plan", plan(user, caseFileId));
        }
        staff(d, user, l);
        if (roots.contains("history")) {
            d.put("history", history(user, caseFileId, l));
        }
        if (roots.contains("resources")) {
            d.put("resources", resources(user, caseFileId, l));
        }
        if (roots.contains("referral")) {
            d.put("referral", referral(user, caseFileId));
        }
        return d;
    }

    /** Who makes the document and their team. */
    private static void staff(Map<String, Object> d, CurrentUser user, Language l) {
        d.put("professional", map("fullName", user.displayName(), "role", DocumentTexts.role(user.roles(), l)));
        d.put("team", map("name", user.teamName(), "area", user.areaName() == null ? "" : user.areaName()));
    }

    private Map<String, Object> person(CurrentUser user, CaseFileDetails.Member ref, Language l, LocalDate today) {
        PersonForm p = s.people().form(user, ref.personId());
        String surnames = String.join(" ", nonBlank(p.surname1()), nonBlank(p.surname2())).strip();
        return map("givenName", p.givenName(), "surnames", surnames,
                "fullName", (p.givenName() + " " + surnames).strip(),
                "idDocument", DocumentTexts.document(p.docType(), p.docNumber(), l),
                "birthDate", DocumentTexts.shortDate(p.birthDate()),
                "age", p.birthDate() == null ? "" : String.valueOf(Period.between(p.birthDate(), today).getYears()),
                "nationality", p.nationality() == null ? "" : s.catalogues().label(Catalogue.COUNTRY, p.nationality(), l),
                "phone", p.phone(), "email", p.email(), "address", p.address(),
                "municipality", p.municipality() == null ? "" : s.catalogues().label(Catalogue.MUNICIPALITY, p.municipality(), l));
    }

    /** The plan in force: the latest one started. */
    private Map<String, Object> plan(CurrentUser user, UUID caseFileId) {
        List<CaseRecords.PlanItem> plans = s.plans().plans(user, caseFileId);
        CaseRecords.PlanItem p = plans.stream().max(Comparator.comparing(CaseRecords.PlanItem::startsOn,
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
        if (p == null) {
            return map("title", "", "startsOn", "", "reviewOn", "", "goals", List.of(), "actions", List.of());
        }
        List<Map<String, Object>> goals = new ArrayList<>();
        Map<UUID, String> goalNumbers = new HashMap<>();
        for (CaseRecords.Goal g : p.goals()) {
            String n = String.valueOf(goals.size() + 1);
            goalNumbers.put(g.id(), n);
            goals.add(map("number", n, "description", g.description()));
        }
        List<Map<String, Object>> actions = p.actions().stream().map(a -> map("goal",
                a.goalId() == null ? "" : goalNumbers.getOrDefault(a.goalId(), ""), "description", a.description(),
                "responsible", a.responsible(), "dueOn", DocumentTexts.shortDate(a.dueOn()))).toList();
        return map("title", p.title(), "startsOn", DocumentTexts.shortDate(p.startsOn()),
                "reviewOn", DocumentTexts.shortDate(p.reviewOn()), "goals", goals, "actions", actions);
    }

    /** The social history, oldest first, without confidential entries (a document leaves the team). */
    private List<Map<String, Object>> history(CurrentUser user, UUID caseFileId, Language l) {
        List<TimelineEntry> entries = new ArrayList<>(s.timeline().entries(user, caseFileId, TimelineService.Filter.ALL));
        // Confidential entries stay in the team; a change of the file's own data without words says nothing on paper.
        entries.removeIf(e -> e.hidden() || e.confidential()
                || (e.kind() == TimelineEntry.Kind.EVENT && (e.summary() == null || e.summary().isBlank())));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        List<Map<String, Object>> out = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            String kind = e.kind() == TimelineEntry.Kind.INTERVENTION && !DocumentTexts.intervention(e.subtype(), l).isEmpty()
                    ? DocumentTexts.intervention(e.subtype(), l) : DocumentTexts.kind(e.kind(), l);
            out.add(map("date", DocumentTexts.shortDate(day(e.at())), "kind", kind,
                    "professional", e.authorName(), "summary", e.kind() == TimelineEntry.Kind.RESOURCE
                            ? s.catalogues().label(Catalogue.RESOURCE_TYPE, e.summary(), l) : e.summary()));
        }
        return out;
    }

    private List<Map<String, Object>> resources(CurrentUser user, UUID caseFileId, Language l) {
        List<ResourceAssignment> list = new ArrayList<>(s.resources().resources(user, caseFileId));
        list.sort(Comparator.comparing(ResourceAssignment::getOccurredAt));
        return list.stream().map(r -> map("date", DocumentTexts.shortDate(day(r.getOccurredAt())),
                "name", s.catalogues().label(Catalogue.RESOURCE_TYPE, r.getResourceCode(), l),
                "status", DocumentTexts.status(r.getStatus(), l),
                "cost", r.getCostCents() == null ? "" : Amounts.format(r.getCostCents().longValue(), l))).toList();
    }

    /** The latest referral. */
    private Map<String, Object> referral(CurrentUser user, UUID caseFileId) {
        return s.referrals().referrals(user, caseFileId).stream()
                .max(Comparator.comparing(CaseRecords.ReferralItem::occurredAt))
                .map(r -> map("date", DocumentTexts.shortDate(day(r.occurredAt())), "target", r.target(), "reason", r.reason()))
                .orElse(map("date", "", "target", "", "reason", ""));
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZONE);
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.strip();
    }

    /** A map of texts and lists from pairs; a null text becomes an empty one. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v == null ? "" : v);
        }
        return m;
    }
}
