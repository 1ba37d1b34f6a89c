package cat.teixit.logic.reports;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.user.Team;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.reports.ReportQueries;
import cat.teixit.persistence.reports.ReportQueries.Filter;
import cat.teixit.persistence.reports.ReportQueries.KeyCount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import lombok.RequiredArgsConstructor;

/**
 * The team-lead reports: every indicator of a period for one team or every team the user may see (optionally one
 * reference professional's case files), computed on this workstation from the local store, offline too. Team leads
 * see their teams'; any other professional only their own caseload. Confidential interventions are counted and never
 * listed. Thread-safe.
 */
@RequiredArgsConstructor
public final class ReportService {

    /** Dates are Catalonia's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    /** The statuses of a resource that was granted (and may since have started or finished). */
    static final Set<String> GRANTED = Set.of("GRANTED", "STARTED", "FINISHED");

    /** A team the user may report on. */
    public record TeamChoice(String code, String name, String scope) {
    }

    /** A professional whose caseload a report may cover. */
    public record Professional(UUID id, String username, String name) {
    }

    /** What a report covers: the period, a team's code (null: every team the user sees), a professional (or null). */
    public record Scope(Period period, String teamCode, UUID professional) {
    }

    /** An intervention behind a figure: its case file (to open it), number, date and kind. Never a confidential one. */
    /** A case file behind a figure (the drill-down), with the day of what the figure counted in it. */
    public record CaseFileItem(UUID caseFileId, String caseNumber, LocalDate date) {
    }

    private final LocalStore store;
    private final AccessPolicy access;
    private final CatalogueService catalogues;
    private final Clock clock;
    /** True while a first sync fills the store: its indexes and the report summaries are made at its end. */
    private final java.util.function.BooleanSupplier firstPullUnderway;

    /**
     * A first sync is filling this workstation's store (decision 0056): until it ends, the report summaries hold
     * nothing and the figures would be wrong, so no report is computed.
     */
    public static final class FirstSyncUnderwayException extends RuntimeException {
        public FirstSyncUnderwayException() {
            super("the first sync is still filling this workstation's store: reports are computed once it ends");
        }
    }

    private void requireFilledStore() {
        if (firstPullUnderway.getAsBoolean()) {
            throw new FirstSyncUnderwayException();
        }
    }

    /** True when {@code user} may see the team's reports (team leads), not only their own caseload. */
    public boolean mayViewTeamReports(CurrentUser user) {
        return access.allows(user, Permission.VIEW_TEAM_REPORTS);
    }

    /** The teams whose case files {@code user} may see, by code. */
    public List<TeamChoice> teams(CurrentUser user) {
        access.require(user, Permission.VIEW_CASE_FILES);
        Set<String> visible = user.visibleScopes();
        return store.read(tx -> tx.teams().all()).stream().filter(t -> visible.contains(t.getScope()))
                .map(t -> new TeamChoice(t.getCode(), t.getName(), t.getScope()))
                .sorted(java.util.Comparator.comparing(TeamChoice::code)).toList();
    }

    /** The professionals of the teams {@code user} sees, by name (a team lead's report may cover one's caseload). */
    public List<Professional> professionals(CurrentUser user) {
        access.require(user, Permission.VIEW_TEAM_REPORTS);
        Set<String> visible = user.visibleScopes();
        return store.read(tx -> tx.users().all().stream().filter(u -> visible.contains(u.getTeam().getScope()))
                .map(u -> new Professional(u.getId(), u.getUsername(), u.getDisplayName()))
                .sorted(java.util.Comparator.comparing(Professional::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    /**
     * Told how far a computation has gone, from the computing thread: {@code done} of {@code total} steps. The
     * computation stops between steps, with a {@link java.util.concurrent.CancellationException}, once its thread is
     * interrupted (the window's cancel).
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void step(int done, int total);
    }

    /** The steps of {@link #compute}. */
    public static final int STEPS = 7;

    /** Every indicator of {@code scope}, with the previous period's headline figures, labelled in {@code language}. */
    public Indicators compute(CurrentUser user, Scope scope, Language language) {
        return compute(user, scope, language, Progress.NONE);
    }

    /** The same, telling {@code progress} of each step and stopping between steps once the thread is interrupted. */
    public Indicators compute(CurrentUser user, Scope scope, Language language, Progress progress) {
        requireFilledStore();
        ReportTexts texts = new ReportTexts(language);
        List<String> scopes = scopes(user, scope);
        Period period = scope.period();
        Filter f = filter(scopes, scope.professional(), period);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate asOf = period.to().plusDays(1).isBefore(today) ? period.to().plusDays(1) : today;
        int[] done = {0};
        Runnable step = () -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("report cancelled");
            }
            progress.step(++done[0], STEPS);
        };
        progress.step(0, STEPS);
        boolean memoria = memoria(scope, f);
        // The other periods' headline figures (their own pass over the people), and the current period's appointments
        // and group activities (tables the rest of the report does not read), are read on a second reader meanwhile: a
        // workstation's second core does them at no cost in wall time (decisions 0020, 0055).
        java.util.concurrent.CompletableFuture<Aside> aside = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> store.read(tx -> {
                    ReportQueries q = tx.reports();
                    // A month or a quarter is also set against the same one a year before; a year's previous period is
                    // that.
                    return new Aside(headline(q, scopes, scope.professional(), period.previous()),
                            period.kind() == Period.Kind.YEAR ? null
                                    : headline(q, scopes, scope.professional(), period.sameLastYear()),
                            q.appointmentsByProfessional(f), q.firstVisits(f), groups(q, f));
                }),
                        work -> Thread.ofPlatform().daemon().name("report-second-reader").start(work));
        return store.read(tx -> {
            ReportQueries q = tx.reports();
            // The people are read once: the memòria's households and people per team come from the same pass.
            ReportQueries.Attended attended = q.attended(f, memoria);
            step.run();
            // One pass over the interventions feeds the kinds, the caseload and the memòria's table per team.
            List<ReportQueries.InterventionCount> interventions = q.interventions(f);
            List<ReportQueries.DistrictCount> unmet = q.unmetDemands(f);
            Indicators.Summary current = summary(q.caseFileCounts(f), period, attended.totals(), total(interventions));
            step.run();
            List<Indicators.CodeCount> demands = codes(Catalogue.DEMAND_AREA, q.demandsByArea(f), language);
            List<Indicators.CodeCount> assessments = codes(Catalogue.PROBLEM_CATEGORY, problems(q.assessmentsByProblems(f)),
                    language);
            List<ReportQueries.ResourceCount> resourceCounts = q.resources(f);
            List<Indicators.ResourceLine> resources = resources(resourceCounts, language);
            Map<String, Long> active = map(q.activeByProfessional(f));
            Map<String, Long> overdue = map(q.overdueReviewsByProfessional(f, asOf));
            List<Indicators.TeamLine> teams = memoria ? teams(tx, q, f, attended, interventions) : List.of();
            step.run();
            Aside other = aside(aside);
            step.run();
            List<Indicators.Caseload> caseload = caseload(tx, active, overdue, map(other.appointments()), interventions,
                    period, texts);
            step.run();
            List<Indicators.Waiting> waiting = waiting(tx, other.firstVisits(), texts);
            step.run();
            Scope covered = narrowed(tx, scope, scopes);
            step.run();
            return new Indicators(period, scopeLabel(tx, covered, texts), coverage(covered), current, other.previous(),
                    other.lastYear(), kinds(interventions, texts),
                    interventions.stream().filter(ReportQueries.InterventionCount::confidential)
                            .mapToLong(ReportQueries.InterventionCount::count).sum(), demands, assessments, resources,
                    caseload, bySex(attended, texts), byAge(attended, texts),
                    codes(Catalogue.DEMAND_AREA, unmetByCode(unmet), language), byNationality(attended, texts),
                    byDistrict(attended, texts), unmetByDistrict(unmet, texts, language), waiting, other.groups(),
                    funding(resourceCounts, texts), teams);
        });
    }

    /** What the second reader counts (see {@link #compute}). */
    private record Aside(Indicators.Summary previous, Indicators.Summary lastYear, List<KeyCount> appointments,
            List<ReportQueries.FirstVisit> firstVisits, List<Indicators.GroupLine> groups) {
    }

    /**
     * The case files behind {@code figure} of the report of {@code scope} (the drill-down), oldest first: the same
     * permissions, scopes and professional as the figure; a confidential intervention is counted, never listed.
     */
    public List<CaseFileItem> caseFiles(CurrentUser user, Scope scope, Figure figure) {
        requireFilledStore();
        List<String> scopes = scopes(user, scope);
        if (figure instanceof Figure.TeamAttended team) {
            if (!scopes.contains(team.scope())) {
                throw new AccessDeniedException(Permission.VIEW_TEAM_REPORTS);
            }
            scopes = List.of(team.scope());
            figure = new Figure.Attended(Figure.Attended.Breakdown.ALL, null);
        }
        Filter f = filter(scopes, scope.professional(), scope.period());
        Figure what = figure;
        return store.read(tx -> new DrillDown(tx.reports(), f, source -> parentOf(switch (source) {
            case DEMANDS, UNMET -> Catalogue.DEMAND_AREA;
            case ASSESSMENTS -> Catalogue.PROBLEM_CATEGORY;
            case RESOURCES -> Catalogue.RESOURCE_TYPE;
        }), code -> tx.teams().findByCode(code).map(Team::getScope).orElse(null)).list(what));
    }

    /** The scopes {@code scope} covers, after checking the user may see them. */
    private List<String> scopes(CurrentUser user, Scope scope) {
        access.require(user, Permission.VIEW_CASE_FILES);
        if (!access.allows(user, Permission.VIEW_TEAM_REPORTS) && !user.id().equals(scope.professional())) {
            throw new AccessDeniedException(Permission.VIEW_TEAM_REPORTS);
        }
        if (scope.teamCode() == null) {
            return List.copyOf(user.visibleScopes());
        }
        return teams(user).stream().filter(t -> t.code().equalsIgnoreCase(scope.teamCode())).map(TeamChoice::scope)
                .findFirst().map(List::of).orElseThrow(() -> new NotFoundException("team"));
    }

    private static Filter filter(Collection<String> scopes, UUID professional, Period p) {
        return new Filter(scopes, professional, p.from(), p.to(), millis(p.from()), millis(p.to().plusDays(1)));
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    private static Indicators.Summary summary(ReportQueries.CaseFileCounts cases, Period p, ReportQueries.Totals attended,
            long interventions) {
        return new Indicators.Summary(p, attended.people(), attended.households(), cases.opened(), cases.closed(),
                cases.reopened(), interventions);
    }

    /** What the second reader counted, once read; its failure as it came. */
    private static Aside aside(java.util.concurrent.CompletableFuture<Aside> others) {
        try {
            return others.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The headline figures of another period (without the breakdowns). */
    private static Indicators.Summary headline(ReportQueries q, List<String> scopes, UUID professional, Period p) {
        Filter f = filter(scopes, professional, p);
        return summary(q.caseFileCounts(f), p, q.attendedTotals(f), q.interventionCount(f));
    }

    private static long total(List<ReportQueries.InterventionCount> counts) {
        return counts.stream().mapToLong(ReportQueries.InterventionCount::count).sum();
    }

    /**
     * What {@code scope} covers, named: "every team" of a user who sees one team's records is that team's report
     * (titled and labelled as such), not the area's.
     */
    private static Scope narrowed(StoreTx tx, Scope scope, List<String> scopes) {
        if (scope.teamCode() != null || scopes.size() != 1) {
            return scope;
        }
        return tx.teams().all().stream().filter(t -> scopes.getFirst().equals(t.getScope())).findFirst()
                .map(t -> new Scope(scope.period(), t.getCode(), scope.professional())).orElse(scope);
    }

    private static Indicators.Coverage coverage(Scope scope) {
        return scope.professional() != null ? Indicators.Coverage.CASELOAD
                : scope.teamCode() == null ? Indicators.Coverage.AREA : Indicators.Coverage.TEAM;
    }

    private String scopeLabel(StoreTx tx, Scope scope, ReportTexts texts) {
        String teams = scope.teamCode() == null ? texts.t("report.scope.all")
                : tx.teams().findByCode(scope.teamCode()).map(Team::getName).orElse(scope.teamCode());
        if (scope.professional() == null) {
            return teams;
        }
        return teams + " · " + tx.users().find(scope.professional()).map(UserAccount::getDisplayName).orElse("?");
    }

    private static List<Indicators.Count> kinds(List<ReportQueries.InterventionCount> interventions, ReportTexts texts) {
        return breakdown(interventions, k -> InterventionKind.valueOf(k.kind()), ReportQueries.InterventionCount::count,
                List.of(InterventionKind.values()), InterventionKind::name, texts::kind);
    }

    /**
     * A breakdown: each of {@code classes} in their order, named by {@code key} and {@code label}, with the sum of
     * the counts of the rows {@code classOf} puts in it (0 when none).
     */
    private static <R, K> List<Indicators.Count> breakdown(List<R> rows, Function<R, K> classOf, ToLongFunction<R> count,
            List<K> classes, Function<K, String> key, Function<K, String> label) {
        Map<K, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(classOf.apply(r), count.applyAsLong(r), Long::sum));
        List<Indicators.Count> out = new ArrayList<>();
        for (K k : classes) {
            out.add(new Indicators.Count(key.apply(k), label.apply(k), counts.getOrDefault(k, 0L)));
        }
        return out;
    }

    /** Assessments by problem code: an assessment naming two problems counts once under each. */
    private static List<KeyCount> problems(List<KeyCount> byList) {
        Map<String, Long> counts = new HashMap<>();
        for (KeyCount k : byList) {
            for (String code : k.key().split(",")) {
                if (!code.isBlank()) {
                    counts.merge(code.strip(), k.count(), Long::sum);
                }
            }
        }
        return counts.entrySet().stream().map(e -> new KeyCount(e.getKey(), e.getValue())).toList();
    }

    private CodeTree tree(Catalogue catalogue, int width) {
        return new CodeTree(parentOf(catalogue), width);
    }

    /** A code's parent in {@code catalogue}; null for a top code or an unknown one. */
    private java.util.function.UnaryOperator<String> parentOf(Catalogue catalogue) {
        return c -> catalogues.find(catalogue, c).map(CodeEntry::parentCode).orElse(null);
    }

    private List<Indicators.CodeCount> codes(Catalogue catalogue, List<KeyCount> counts, Language language) {
        CodeTree tree = tree(catalogue, 1);
        counts.forEach(k -> tree.add(k.key(), k.count()));
        return tree.nodes().stream().map(n -> new Indicators.CodeCount(n.code(), catalogues.label(catalogue, n.code(), language),
                n.depth(), n.own()[0], n.total()[0])).toList();
    }

    private List<Indicators.ResourceLine> resources(List<ReportQueries.ResourceCount> counts, Language language) {
        CodeTree tree = tree(Catalogue.RESOURCE_TYPE, 3);
        for (ReportQueries.ResourceCount r : counts) {
            boolean granted = GRANTED.contains(r.status());
            tree.add(r.code(), r.count(), granted ? r.count() : 0, granted ? r.cents() : 0);
        }
        return tree.nodes().stream().map(n -> new Indicators.ResourceLine(n.code(),
                catalogues.label(Catalogue.RESOURCE_TYPE, n.code(), language), n.depth(), n.total()[0], n.total()[1],
                n.total()[2])).toList();
    }

    /** True when the report covers several teams and no single professional: the memòria, with a table per team. */
    private static boolean memoria(Scope scope, Filter f) {
        return scope.teamCode() == null && scope.professional() == null && f.scopes().size() >= 2;
    }

    /**
     * Each team's headline figures in the memòria, from the people and interventions already counted per team;
     * every team covered is listed, by code, even with nothing in the period.
     */
    private static List<Indicators.TeamLine> teams(StoreTx tx, ReportQueries q, Filter f, ReportQueries.Attended attended,
            List<ReportQueries.InterventionCount> interventions) {
        Map<String, ReportQueries.CaseFileCounts> cases = q.caseFileCountsByScope(f);
        Map<String, Long> byScope = new HashMap<>();
        interventions.forEach(i -> byScope.merge(i.scope(), i.count(), Long::sum));
        ReportQueries.Totals none = new ReportQueries.Totals(0, 0);
        ReportQueries.CaseFileCounts nothing = new ReportQueries.CaseFileCounts(0, 0, 0);
        return tx.teams().all().stream().filter(t -> f.scopes().contains(t.getScope()))
                .sorted(java.util.Comparator.comparing(Team::getCode)).map(t -> {
                    ReportQueries.Totals people = attended.byScope().getOrDefault(t.getScope(), none);
                    ReportQueries.CaseFileCounts c = cases.getOrDefault(t.getScope(), nothing);
                    return new Indicators.TeamLine(t.getCode(), t.getScope(), t.getName(), people.people(),
                            people.households(), c.opened(), c.closed(), c.reopened(), byScope.getOrDefault(t.getScope(), 0L));
                }).toList();
    }

    /** Resources granted by funding administration: each administration in order, then those not recorded. */
    private static List<Indicators.FundingLine> funding(List<ReportQueries.ResourceCount> counts, ReportTexts texts) {
        Map<String, long[]> by = new HashMap<>();
        for (ReportQueries.ResourceCount r : counts) {
            if (GRANTED.contains(r.status())) {
                long[] v = by.computeIfAbsent(r.funding() == null ? "" : r.funding(), k -> new long[2]);
                v[0] += r.count();
                v[1] += r.cents();
            }
        }
        List<Indicators.FundingLine> out = new ArrayList<>();
        for (Funding f : Funding.values()) {
            long[] v = by.getOrDefault(f.name(), new long[2]);
            out.add(new Indicators.FundingLine(f.name(), texts.t(EnumKeys.funding(f)), v[0], v[1]));
        }
        long[] unknown = by.getOrDefault("", new long[2]);
        out.add(new Indicators.FundingLine("", texts.t("report.unknown"), unknown[0], unknown[1]));
        return out;
    }

    /**
     * The caseload per professional: case files {@code active} at the period's end, interventions authored, plans
     * {@code overdue}, {@code appointments}, each by professional's id.
     */
    private static List<Indicators.Caseload> caseload(StoreTx tx, Map<String, Long> active, Map<String, Long> overdue,
            Map<String, Long> appointments, List<ReportQueries.InterventionCount> byAuthor, Period p, ReportTexts texts) {
        Map<String, Long> interventions = new HashMap<>();
        byAuthor.forEach(i -> interventions.merge(i.authorId(), i.count(), Long::sum));
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(active.keySet());
        ids.addAll(interventions.keySet());
        ids.addAll(overdue.keySet());
        ids.addAll(appointments.keySet());
        List<Indicators.Caseload> out = new ArrayList<>();
        for (String id : ids) {
            UUID uuid = id.isEmpty() ? null : UUID.fromString(id);
            String name = uuid == null ? texts.t("report.caseload.nobody") : name(tx, uuid);
            long n = interventions.getOrDefault(id, 0L);
            out.add(new Indicators.Caseload(uuid, name, active.getOrDefault(id, 0L), n, Math.round(n / p.months() * 10) / 10.0,
                    overdue.getOrDefault(id, 0L), appointments.getOrDefault(id, 0L)));
        }
        out.sort(java.util.Comparator.comparing(Indicators.Caseload::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Counts by key; no key (a case file without a reference professional) as "". */
    private static Map<String, Long> map(List<KeyCount> counts) {
        Map<String, Long> m = new HashMap<>();
        counts.forEach(k -> m.merge(k.key() == null ? "" : k.key(), k.count(), Long::sum));
        return m;
    }

    /** People attended by sex, each once. */
    private static List<Indicators.Count> bySex(ReportQueries.Attended attended, ReportTexts texts) {
        return breakdown(attended.people(), c -> c.sex() == null ? "" : c.sex(), ReportQueries.PeopleCount::count,
                List.of("F", "M", "X", ""), sex -> sex, texts::sex);
    }

    /** People attended by age band on the period's last day, each once. */
    private static List<Indicators.Count> byAge(ReportQueries.Attended attended, ReportTexts texts) {
        return breakdown(attended.people(), c -> AgeBand.of(c.age()), ReportQueries.PeopleCount::count,
                List.of(AgeBand.values()), AgeBand::name, texts::ageBand);
    }

    private static String name(StoreTx tx, UUID id) {
        return tx.users().find(id).map(UserAccount::getDisplayName).orElse(id.toString());
    }

    /** Unmet demands by code, whatever their district. */
    private static List<KeyCount> unmetByCode(List<ReportQueries.DistrictCount> unmet) {
        Map<String, Long> counts = new HashMap<>();
        unmet.forEach(d -> counts.merge(d.code(), d.count(), Long::sum));
        return counts.entrySet().stream().map(e -> new KeyCount(e.getKey(), e.getValue())).toList();
    }

    /** Unmet demands by district (alphabetical, not recorded last) and code. */
    private List<Indicators.DistrictCode> unmetByDistrict(List<ReportQueries.DistrictCount> unmet, ReportTexts texts,
            Language language) {
        return unmet.stream().map(d -> {
            String district = district(d.district());
            return new Indicators.DistrictCode(district, districtLabel(district, texts), d.code(),
                    catalogues.label(Catalogue.DEMAND_AREA, d.code(), language), d.count());
        }).sorted(java.util.Comparator.comparing((Indicators.DistrictCode d) -> d.district().isEmpty())
                .thenComparing(Indicators.DistrictCode::district, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Indicators.DistrictCode::code)).toList();
    }

    private static String district(String raw) {
        return raw == null ? "" : raw.strip();
    }

    private static String districtLabel(String district, ReportTexts texts) {
        return district.isEmpty() ? texts.t("report.unknown") : district;
    }

    /** People attended by nationality group, each once. */
    private static List<Indicators.Count> byNationality(ReportQueries.Attended attended, ReportTexts texts) {
        return breakdown(attended.nationalities(), k -> NationalityGroup.of(k.key()), KeyCount::count,
                List.of(NationalityGroup.values()), NationalityGroup::name, texts::nationality);
    }

    /** People attended by district (alphabetical, not recorded last), each once. */
    private static List<Indicators.Count> byDistrict(ReportQueries.Attended attended, ReportTexts texts) {
        Map<String, Long> counts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long unknown = 0;
        for (KeyCount k : attended.districts()) {
            String d = district(k.key());
            if (d.isEmpty()) {
                unknown += k.count();
            } else {
                counts.merge(d, k.count(), Long::sum);
            }
        }
        List<Indicators.Count> out = new ArrayList<>();
        counts.forEach((d, n) -> out.add(new Indicators.Count(d, d, n)));
        out.add(new Indicators.Count("", texts.t("report.unknown"), unknown));
        return out;
    }

    /**
     * Waiting days from the request to each first visit held: for the whole report, then per team (when it covers
     * several) and per professional, by name.
     */
    private static List<Indicators.Waiting> waiting(StoreTx tx, List<ReportQueries.FirstVisit> visits, ReportTexts texts) {
        Map<String, List<Long>> byTeam = new java.util.TreeMap<>();
        Map<String, List<Long>> byProfessional = new HashMap<>();
        List<Long> all = new ArrayList<>();
        for (ReportQueries.FirstVisit v : visits) {
            LocalDate held = Instant.ofEpochMilli(v.startsAt()).atZone(ZONE).toLocalDate();
            long days = java.time.temporal.ChronoUnit.DAYS.between(v.requested(), held);
            all.add(days);
            byTeam.computeIfAbsent(v.scope(), k -> new ArrayList<>()).add(days);
            byProfessional.computeIfAbsent(v.professionalId(), k -> new ArrayList<>()).add(days);
        }
        List<Indicators.Waiting> out = new ArrayList<>();
        out.add(Waiting.of(Indicators.Waiting.Group.ALL, "", texts.t("report.waiting.all"), all));
        if (byTeam.size() > 1) {
            Map<String, Team> teams = new HashMap<>();
            tx.teams().all().forEach(t -> teams.put(t.getScope(), t));
            byTeam.forEach((scope, days) -> {
                Team t = teams.get(scope);
                out.add(Waiting.of(Indicators.Waiting.Group.TEAM, t == null ? scope : t.getCode(),
                        t == null ? scope : t.getName(), days));
            });
        }
        List<Indicators.Waiting> professionals = new ArrayList<>();
        byProfessional.forEach((id, days) -> professionals.add(Waiting.of(Indicators.Waiting.Group.PROFESSIONAL, id,
                name(tx, UUID.fromString(id)), days)));
        professionals.sort(java.util.Comparator.comparing(Indicators.Waiting::label, String.CASE_INSENSITIVE_ORDER));
        out.addAll(professionals);
        return out;
    }

    /** The group activities held in the period; a report of one professional's caseload has none. */
    private static List<Indicators.GroupLine> groups(ReportQueries q, Filter f) {
        if (f.professional() != null) {
            return List.of();
        }
        return q.groups(f).stream().map(g -> new Indicators.GroupLine(g.id(), g.title(), g.programme(), g.enrolled(),
                g.dropOuts(), g.sessions(), g.marks(), g.present(),
                g.marks() == 0 ? null : Math.round(g.present() * 1000.0 / g.marks()) / 10.0)).toList();
    }
}
