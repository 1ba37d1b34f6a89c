package cat.teixit.model.groups;

import java.time.LocalDate;
import java.util.UUID;

/** An activity in a list, with its enrolments and sessions (not cancelled) counted. Immutable. */
public record ActivitySummary(UUID id, long rowVersion, String scope, String programme, String title,
        String description, String targetGroup, int capacity, String place, String facilitators,
        LocalDate startsOn, LocalDate endsOn, String weekdays, String startTime, String endTime, int enrolled,
        int waiting, int withdrawn, int sessions) {
}
