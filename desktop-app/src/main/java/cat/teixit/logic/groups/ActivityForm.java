package cat.teixit.logic.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A new group activity: its programme, title and description, who it is for, how many, where, by whom, between
 * which dates, its weekly schedule, and the days it does not meet (besides Catalonia's public holidays).
 * Immutable.
 */
public record ActivityForm(String programme, String title, String description, String targetGroup, int capacity,
        String place, String facilitators, LocalDate startsOn, LocalDate endsOn, Set<DayOfWeek> weekdays,
        LocalTime startTime, LocalTime endTime, Set<LocalDate> exceptions) {

    public ActivityForm {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        exceptions = exceptions == null ? Set.of() : Set.copyOf(exceptions);
    }
}
