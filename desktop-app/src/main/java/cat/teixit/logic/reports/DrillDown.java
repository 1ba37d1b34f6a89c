package cat.teixit.logic.reports;

import cat.teixit.persistence.reports.ReportQueries;
import cat.teixit.persistence.reports.ReportQueries.CaseRef;
import cat.teixit.persistence.reports.ReportQueries.Filter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The case files behind one {@link Figure}: the rows the figure's count is made of, read with the same filter, and
 * picked by the same keys the count groups by (a code and the codes below it, an age band on the period's last day, a
 * nationality group, a district written in any case...), so that a list never disagrees with its figure. One row per
 * case file and date, oldest first. Confidential interventions are never among them. Bound to one unit of work.
 */
final class DrillDown {

    private final ReportQueries q;
    private final Filter f;
    private final Function<Figure.Codes.Source, UnaryOperator<String>> parents;
    private final UnaryOperator<String> teamScope;

    /**
     * {@code parents} gives, for a source of codes, a code's parent in its catalogue; {@code teamScope} a team code's
     * scope (null when unknown).
     */
    DrillDown(ReportQueries q, Filter f, Function<Figure.Codes.Source, UnaryOperator<String>> parents,
            UnaryOperator<String> teamScope) {
        this.q = q;
        this.f = f;
        this.parents = parents;
        this.teamScope = teamScope;
    }

    List<ReportService.CaseFileItem> list(Figure figure) {
        return switch (figure) {
            case Figure.Attended a -> attended(a);
            case Figure.TeamAttended t -> throw new IllegalArgumentException("narrowed to the team by ReportService");
            case Figure.CaseEvents e -> items("OPENED".equals(e.kind()) ? q.openedCases(f) : q.eventCases(f, e.kind()),
                    r -> true);
            case Figure.Interventions i -> items(q.interventions(f, i.kind() == null ? null : i.kind().name()), r -> true);
            case Figure.Codes c -> items(q.codeCases(f, ReportQueries.CodeSource.valueOf(c.source().name())),
                    r -> under(r.key(), c.code(), parents.apply(c.source())));
            case Figure.GrantedBy g -> items(q.codeCases(f, ReportQueries.CodeSource.RESOURCES), r -> {
                int colon = r.key2().lastIndexOf(':');
                return r.key2().substring(0, colon).equals(g.funding())
                        && ReportService.GRANTED.contains(r.key2().substring(colon + 1));
            });
            case Figure.UnmetInDistrict u -> items(q.codeCases(f, ReportQueries.CodeSource.UNMET),
                    r -> district(r.key2()).equalsIgnoreCase(u.district()) && u.code().equals(r.key()));
            case Figure.Caseload c -> items(q.activeCases(f, c.professional()), r -> true);
            case Figure.FirstVisits v -> items(q.firstVisitCases(f), firstVisits(v));
            case Figure.GroupActivity g -> items(q.groupCases(f, g.activity()), r -> true);
        };
    }

    private Predicate<CaseRef> firstVisits(Figure.FirstVisits v) {
        return switch (v.group()) {
            case ALL -> r -> true;
            case TEAM -> {
                String scope = Objects.requireNonNullElse(teamScope.apply(v.key()), v.key());
                yield r -> scope.equals(r.key());
            }
            case PROFESSIONAL -> r -> v.key().equals(r.key2());
        };
    }

    private List<ReportService.CaseFileItem> attended(Figure.Attended a) {
        Map<UUID, ReportService.CaseFileItem> byCase = new LinkedHashMap<>();
        for (ReportQueries.AttendedRef r : q.attendedCases(f)) {
            String k = key(a.breakdown(), r);
            boolean counted = switch (a.breakdown()) {
                case ALL -> true;
                case DISTRICT -> a.key().equalsIgnoreCase(k);
                default -> a.key().equals(k);
            };
            if (counted) {
                byCase.putIfAbsent(r.caseFileId(), new ReportService.CaseFileItem(r.caseFileId(), r.caseNumber(),
                        day(r.firstMs())));
            }
        }
        return sorted(byCase.values().stream());
    }

    /** The key a member counts under in {@code breakdown}, as the indicators group them. */
    private String key(Figure.Attended.Breakdown breakdown, ReportQueries.AttendedRef r) {
        return switch (breakdown) {
            case ALL -> "";
            case SEX -> r.sex() == null ? "" : r.sex();
            case AGE -> AgeBand.of(age(r.birthDate())).name();
            case NATIONALITY -> NationalityGroup.of(r.nationality()).name();
            case DISTRICT -> district(r.district());
        };
    }

    /** The age in years on the period's last day, as the indicators count it; null when the birth date is not known. */
    private Integer age(String birthDate) {
        if (birthDate == null || birthDate.isBlank()) {
            return null;
        }
        try {
            LocalDate born = LocalDate.parse(birthDate.strip());
            LocalDate on = f.to();
            return on.getYear() - born.getYear() - (on.withYear(2000).isBefore(born.withYear(2000)) ? 1 : 0);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String district(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** True when {@code codes} (one code, or a list "P01,P03") holds {@code target} or a code below it. */
    static boolean under(String codes, String target, UnaryOperator<String> parentOf) {
        if (codes == null) {
            return false;
        }
        for (String code : codes.split(",")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String c = code.strip(); c != null && !c.isEmpty() && seen.add(c); c = parentOf.apply(c)) {
                if (c.equals(target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<ReportService.CaseFileItem> items(List<CaseRef> refs, Predicate<CaseRef> keep) {
        return sorted(refs.stream().filter(keep).map(r -> new ReportService.CaseFileItem(r.caseFileId(), r.caseNumber(),
                r.day() != null ? r.day() : day(r.atMs()))).distinct());
    }

    private static LocalDate day(long ms) {
        return Instant.ofEpochMilli(ms).atZone(ReportService.ZONE).toLocalDate();
    }

    private static List<ReportService.CaseFileItem> sorted(java.util.stream.Stream<ReportService.CaseFileItem> items) {
        return items.sorted(Comparator.comparing(ReportService.CaseFileItem::date)
                .thenComparing(i -> i.caseNumber().toLowerCase(Locale.ROOT))).toList();
    }
}
