package cat.teixit.logic.reports;

import java.util.List;
import java.util.UUID;

/**
 * Every indicator of a report for one period and scope, with labels in the report's language; the headline figures
 * also for the previous period and, for a month, a quarter or a custom span, the same one a year before
 * ({@code lastYear}, null for a year). Confidential
 * interventions are in the counts; nothing here names a person or shows an entry's text. Immutable.
 *
 * <p>The waiting time to a first visit, per team and professional, comes from the agenda; the group activities of
 * the period from the groups area; the people attended are also broken down by nationality group and district, and
 * the unmet demands by district and code; the resources granted by funding administration; for a report of several
 * teams, each team's headline figures. {@code coverage} says what the report covers, as its printed title does.
 */
public record Indicators(Period period, String scopeLabel, Coverage coverage, Summary current, Summary previous, Summary lastYear,
        List<Count> interventionsByKind, long confidentialInterventions, List<CodeCount> demands,
        List<CodeCount> assessments, List<ResourceLine> resources, List<Caseload> caseload, List<Count> bySex,
        List<Count> byAge, List<CodeCount> unmetDemands, List<Count> byNationality, List<Count> byDistrict,
        List<DistrictCode> unmetByDistrict, List<Waiting> waiting, List<GroupLine> groups, List<FundingLine> funding,
        List<TeamLine> teams) {

    /** What a report covers: every team the user sees (no team chosen), one team, or one professional's caseload. */
    public enum Coverage { AREA, TEAM, CASELOAD }

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

    /**
     * One professional's caseload: active case files at the period's end, interventions, overdue plan reviews, and
     * appointments in the period (not cancelled).
     */
    public record Caseload(UUID professionalId, String name, long activeCaseFiles, long interventions,
            double interventionsPerMonth, long overdueReviews, long appointments) {
    }

    /**
     * One team's headline figures, for a report that covers several teams (the memòria; empty otherwise): its people
     * attended (each once within the team; a person attended by two teams counts in both), households, case files
     * opened, closed and reopened, and interventions.
     */
    public record TeamLine(String code, String scope, String name, long people, long households, long opened,
            long closed, long reopened, long interventions) {
    }

    /**
     * Resources granted in the period (granted, started or finished) funded by one administration ({@code key} a
     * {@link cat.teixit.model.casefile.Funding} name, "" when not recorded): how many and their cost in cents.
     */
    public record FundingLine(String key, String label, long granted, long grantedCents) {
    }

    /** Unmet demands of one area code in one district ({@code district} "" when not recorded). */
    public record DistrictCode(String district, String districtLabel, String code, String label, long count) {
    }

    /**
     * Days from the request to a first visit held in the period, for the whole report ({@code kind} ALL), a team
     * (TEAM, key its code) or a professional (PROFESSIONAL, key their id): how many visits, the median and the 90th
     * percentile (nearest rank); null figures when there were none.
     */
    public record Waiting(Group kind, String key, String label, long visits, Double medianDays, Double p90Days) {

        /** What a waiting-time row covers. */
        public enum Group { ALL, TEAM, PROFESSIONAL }
    }

    /**
     * A group activity held in the period: people enrolled at some time in it, drop-outs in it, its sessions and
     * attendance marks in it, and the attendance rate (present of all marks, in percent; null without marks).
     */
    public record GroupLine(UUID activityId, String title, String programme, long enrolled, long dropOuts, long sessions,
            long marks, long present, Double attendancePercent) {
    }
}
