package cat.teixit.logic.aid;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.aid.AidScanQueries.MemberFacts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import lombok.RequiredArgsConstructor;

/**
 * The proactive list: the open case files whose households may newly qualify for an aid. Each household is built
 * from what the store holds (who lives in it and since when, birth dates, disability, dependency grade,
 * municipality; incomes and residence are not in the store, so they are unknown) and simulated on two dates: today,
 * and {@code since} with the members it had then and the rules then in force. An aid "newly" appears when it was
 * ruled out then and is not now (eligible, or not ruled out for want of data): a child born or arrived, the reference
 * person turned 23, the household reached six months, a new rule set; a household that had no adult member then (a
 * new case file) is listed with every aid not ruled out. So the list follows the rules and the household data each
 * time it is computed. Thread-safe.
 */
@RequiredArgsConstructor
public final class AidScanService {

    /** A case file that may newly qualify: which aids, and the verdict now (eligible, or cannot tell). */
    public record Candidate(UUID caseFileId, String caseNumber, String householdName, List<AidResult> aids) {
    }

    /** How far the scan has gone: case files done out of all. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);
    }

    private final LocalStore store;
    private final AccessPolicy access;
    private final CatalogueService catalogues;
    private final AidSimulator simulator;

    /**
     * The case files of {@code user} as reference professional (or, with {@code wholeTeams} for a team lead, every
     * open case file of the teams they see) that may newly qualify for an aid between {@code since} and {@code today},
     * by case number. Cancelled (a {@link CancellationException}) as soon as {@code cancelled} says so.
     */
    public List<Candidate> scan(CurrentUser user, boolean wholeTeams, LocalDate since, LocalDate today, Progress progress,
            BooleanSupplier cancelled) {
        access.require(user, wholeTeams ? Permission.VIEW_TEAM_REPORTS : Permission.VIEW_CASE_FILES);
        if (!since.isBefore(today)) {
            throw new IllegalArgumentException("since must be before today");
        }
        List<MemberFacts> rows = store.read(tx -> tx.aidScan().members(user.visibleScopes(), wholeTeams ? null : user.id()));
        List<List<MemberFacts>> households = new ArrayList<>();
        for (int i = 0; i < rows.size();) {
            int j = i;
            while (j < rows.size() && rows.get(j).caseFileId().equals(rows.get(i).caseFileId())) {
                j++;
            }
            households.add(rows.subList(i, j));
            i = j;
        }
        Map<String, String> municipalities = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        int total = households.size();
        RuleBook book = simulator.rules(); // once: each simulation asking it would query the store

        progress.at(0, total);
        List<Candidate> found = households.parallelStream().map(h -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Candidate c = assess(h, since, today, municipalities, book);
            int n = done.incrementAndGet();
            if (n % 500 == 0 || n == total) {
                progress.at(n, total);
            }
            return c;
        }).filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(Candidate::caseNumber)).toList();
        return found;
    }

    private Candidate assess(List<MemberFacts> members, LocalDate since, LocalDate today, Map<String, String> names,
            RuleBook book) {
        Household now = household(members, today, names);
        if (now == null) {
            return null;
        }
        Household then = household(members, since, names);
        List<AidResult> current;
        List<AidResult> before;
        try {
            current = simulator.simulate(now, book);
            before = then == null ? null : simulator.simulate(then, book);
        } catch (InvalidHouseholdException e) {
            return null; // facts the simulator refuses (a birth date over 120 years ago): not a candidate
        }
        List<AidResult> newly = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            boolean open = !Boolean.FALSE.equals(current.get(i).eligible());
            boolean closedBefore = before == null || Boolean.FALSE.equals(before.get(i).eligible());
            if (open && closedBefore) {
                newly.add(current.get(i));
            }
        }
        MemberFacts first = members.getFirst();
        return newly.isEmpty() ? null : new Candidate(first.caseFileId(), first.caseNumber(), first.householdName(), newly);
    }

    /** The household on {@code date} from the store's facts, or null when it cannot be simulated (no adult, no dates). */
    Household household(List<MemberFacts> members, LocalDate date, Map<String, String> names) {
        List<Household.Member> list = new ArrayList<>();
        LocalDate latestJoin = null;
        int n = 0;
        for (MemberFacts m : members) {
            LocalDate joined = parse(m.joinedOn());
            LocalDate left = parse(m.leftOn());
            LocalDate born = parse(m.birthDate());
            if (joined == null || joined.isAfter(date) || (left != null && !left.isAfter(date)) || born == null
                    || born.isAfter(date)) {
                continue;
            }
            latestJoin = latestJoin == null || joined.isAfter(latestJoin) ? joined : latestJoin;
            boolean minor = born.plusYears(Facts.ADULT_AGE).isAfter(date);
            list.add(new Household.Member("m" + n++, born, m.reference() && !minor ? Household.Role.REFERENCE
                    : minor ? Household.Role.CHILD : Household.Role.OTHER, m.disabilityDegree(), grade(m.dependencyGrade()),
                    null, null, null, null, null, null, null));
        }
        if (list.stream().noneMatch(m -> m.role() == Household.Role.REFERENCE)) {
            // The reference person left or is not recorded: the oldest adult stands for them.
            Household.Member oldest = list.stream().filter(m -> m.role() == Household.Role.OTHER)
                    .min(java.util.Comparator.comparing(Household.Member::birthDate)).orElse(null);
            if (oldest == null) {
                return null;
            }
            list.set(list.indexOf(oldest), new Household.Member(oldest.id(), oldest.birthDate(), Household.Role.REFERENCE,
                    oldest.disabilityPercent(), oldest.dependencyGrade(), null, null, null, null, null, null, null));
        }
        MemberFacts first = members.getFirst();
        String municipality = first.municipality() == null ? null : names.computeIfAbsent(first.municipality(),
                code -> catalogues.label(Catalogue.MUNICIPALITY, code, Language.CATALAN));
        return new Household(date, municipality, null, (int) ChronoUnit.MONTHS.between(latestJoin, date), null, null, null,
                null, null, null, list);
    }

    /** The dependency grade (0 to 3) of a code of the catalogue (grade I, II or III, of level 1 or 2). */
    static Integer grade(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip()) {
            case "1", "4", "7" -> 1;
            case "2", "5", "8" -> 2;
            case "3", "6", "9" -> 3;
            default -> 0;
        };
    }

    private static LocalDate parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
