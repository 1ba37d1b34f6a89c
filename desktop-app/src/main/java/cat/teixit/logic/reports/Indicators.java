package cat.teixit.logic.reports;

import java.util.List;
import java.util.UUID;

/**
 * Every indicator of a report for one period and scope, with labels in the report's language; the headline figures
 * also for the previous period and, for a month, a quarter or a custom span, the same one a year before
 * ({@code lastYear}, null for a year). Confidential
 * interventions are in the counts; nothing here names a person or shows an entry's text. Immutable.
 *
 * <p>Appointments (waiting time to the first visit, appointments per professional) and group activities (enrolled,
 * attendance, drop-outs) come once the agenda and groups exist: they will be further components here, computed by
 * {@link ReportService} from those areas' queries, and further tables in {@link ReportTables}.
 */
public record Indicators(Period period, String scopeLabel, Summary current, Summary previous, Summary lastYear,
        List<Count> interventionsByKind, long confidentialInterventions, List<CodeCount> demands,
        List<CodeCount> assessments, List<ResourceLine> resources, List<Caseload> caseload, List<Count> bySex,
        List<Count> byAge, List<CodeCount> unmetDemands) {

    /** The headline figures of a period. */
    public record Summary(Period period, long people, long households, long opened, long closed, long reopened,
            long interventions) {
    }

    /** A count under a key (a kind, a sex, an age band) and its label. */
    public record Count(String key, String label, long count) {
    }

    /**
     * A code of a catalogue in its hierarchy: depth 0 for a top group; {@code own} counts the code itself,
     * {@code total} the code and every code below it.
     */
    public record CodeCount(String code, String label, int depth, long own, long total) {
    }

    /**
     * A resource code in its hierarchy with what was proposed in the period and, of those, what was granted
     * (granted, started or finished) and its cost in cents; totals include the codes below.
     */
    public record ResourceLine(String code, String label, int depth, long proposed, long granted, long grantedCents) {
    }

    /** One professional's caseload: active case files at the period's end, interventions, overdue plan reviews. */
    public record Caseload(UUID professionalId, String name, long activeCaseFiles, long interventions,
            double interventionsPerMonth, long overdueReviews) {
    }
}
