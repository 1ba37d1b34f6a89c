package cat.teixit.logic.reports;

import cat.teixit.model.casefile.InterventionKind;
import java.util.UUID;

/**
 * What one figure of a report counts, so that the case files behind it can be listed (the drill-down). Each table row
 * of a report that counts something carries its figure ({@link ReportTable#figures()}); the list then comes from
 * {@link ReportService#caseFiles}, over the same period, scopes and professional as the figure, never naming a
 * confidential entry.
 */
public sealed interface Figure {

    /** The people attended and their households, all of them or those of one breakdown's key. */
    record Attended(Breakdown breakdown, String key) implements Figure {

        /** Which breakdown of the people attended {@code key} belongs to. */
        public enum Breakdown { ALL, SEX, AGE, NATIONALITY, DISTRICT }
    }

    /** The case files behind one team's people attended (a row of the memòria's table per team). */
    record TeamAttended(String scope) implements Figure {
    }

    /** Case files opened in the period ({@code OPENED}) or with an event of that kind ({@code CLOSED}, {@code REOPENED}). */
    record CaseEvents(String kind) implements Figure {
    }

    /** The interventions of one kind, or of every kind when {@code kind} is null (confidential ones never listed). */
    record Interventions(InterventionKind kind) implements Figure {
    }

    /** Records of the period under a code of a catalogue, the codes below it included. */
    record Codes(Source source, String code) implements Figure {

        /** The records counted: demands by area, assessments by problem, resources proposed, demands left unmet. */
        public enum Source { DEMANDS, ASSESSMENTS, RESOURCES, UNMET }
    }

    /** The resources granted funded by one administration ({@code funding} a Funding name; "" when not recorded). */
    record GrantedBy(String funding) implements Figure {
    }

    /** Demands left unmet of one area code in one district ("" when not recorded). */
    record UnmetInDistrict(String district, String code) implements Figure {
    }

    /** The case files active at the period's end whose reference is {@code professional} (null: nobody). */
    record Caseload(UUID professional) implements Figure {
    }

    /** The first visits held behind a waiting time: all, a team's (by code) or a professional's (by id). */
    record FirstVisits(Indicators.Waiting.Group group, String key) implements Figure {
    }

    /** The people enrolled in a group activity during the period. */
    record GroupActivity(UUID activity) implements Figure {
    }
}
