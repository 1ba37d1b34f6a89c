package cat.teixit.bench;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.groups.AttendanceMark;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * {@code groups attendance_save_ms}: on a new data directory (the demo accounts), an activity of 30 people enrolled
 * from their case files meeting every weekday for a year; one session's attendance (30 marks, a note on some) saved
 * through {@link GroupActivityService#saveAttendance}, outbox entries included, each run a session not yet taken;
 * the median after a warm-up. Prints {@code BENCH} lines. Argument: the work directory (emptied first).
 */
public final class GroupsBench {

    private static final PrintStream OUT = BenchOutput.OUT;
    private static final int PEOPLE = 30;
    private static final int WARM_UP = 40;
    private static final int RUNS = 81;
    private static final String[] GIVEN = {"Anna", "Berta", "Carme", "Dolors", "Elena", "Fatima", "Gemma", "Helena",
        "Irene", "Júlia"};
    private static final String[] SURNAME = {"Vila", "Mas", "Puig"};

    private GroupsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/out/groups").toAbsolutePath();
        try (Workstation w = DocumentsBench.demoStore(dir)) {
            CurrentUser laia = DocumentsBench.demoUser(w, "laia");
            GroupActivityService groups = w.groups();
            LocalDate from = groups.today().plusDays(1);
            UUID activity = groups.create(laia, new ActivityForm("Inserció laboral", "Taller de recerca de feina",
                    null, null, PEOPLE, "Sala 2", "Laia Puig", from, from.plusYears(1), Set.of(DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(9, 30), LocalTime.of(11, 30), Set.of()));
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                PersonService.Created p = w.people().createWithNewHousehold(laia, PersonForm.basic(GIVEN[i % GIVEN.length],
                        SURNAME[i / GIVEN.length], null, IdDocumentType.NONE, null, LocalDate.of(1970 + i, 1 + i % 12, 1 + i % 28),
                        Sex.values()[i % 2]), null);
                groups.enrol(laia, activity, p.personId(), p.caseFileId());
                people.add(p.personId());
            }
            List<UUID> sessions = groups.sessions(laia, activity).stream().map(GroupActivityService.SessionItem::id)
                    .toList();
            int[] next = {0};
            DocumentsBench.Timing save = DocumentsBench.median(WARM_UP, RUNS, () -> {
                UUID session = sessions.get(next[0]++);
                List<GroupActivityService.Mark> marks = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    marks.add(new GroupActivityService.Mark(people.get(i), AttendanceMark.values()[i % 7 == 0 ? 1
                            : i % 11 == 0 ? 2 : 0], i % 5 == 0 ? "Arriba tard" : null));
                }
                groups.saveAttendance(laia, session, marks);
            });
            OUT.printf(Locale.ROOT, "BENCH groups attendance_save_ms %.1f ms%n", save.wallMs());
            OUT.printf(Locale.ROOT, "# groups: %d marks a session, %d sessions saved; cpu %.1f ms; load average %.1f%n",
                    PEOPLE, next[0], save.cpuMs(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }
}
