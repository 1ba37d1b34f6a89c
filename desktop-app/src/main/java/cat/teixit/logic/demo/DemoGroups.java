package cat.teixit.logic.demo;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.groups.AttendanceMark;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The demo store's group activities, made through the use cases as a professional would: a job-seeking workshop
 * under way (people enrolled from the team's open case files, one waiting, attendance taken at the sessions held) and
 * a parenting group starting soon. Not thread-safe.
 */
public final class DemoGroups {

    private DemoGroups() {
    }

    /** Creates the activities for {@code user}'s team, as of {@code today}. */
    public static void seed(GroupActivityService groups, DocumentService documents, CaseFileService caseFiles,
            CurrentUser user, LocalDate today) {
        List<CaseFileDetails.Member> people = new ArrayList<>();
        List<UUID> cases = new ArrayList<>();
        for (DocumentService.CaseRef ref : documents.openCaseFiles(user)) {
            CaseFileDetails c = caseFiles.load(user, ref.id());
            c.members().stream().filter(m -> m.reference() && m.age() != null && m.age() >= 18).findFirst()
                    .filter(m -> c.status() != CaseStatus.CLOSED).ifPresent(m -> {
                        people.add(m);
                        cases.add(c.id());
                    });
            if (people.size() >= 19) {
                break;
            }
        }
        LocalDate started = today.minusWeeks(5).with(DayOfWeek.MONDAY);
        UUID workshop = groups.create(user, new ActivityForm("Inclusió laboral", "Taller de recerca de feina",
                "Currículum, entrevistes i recerca en línia, en grup i amb suport individual.",
                "Persones en recerca de feina", 12, "Sala polivalent", user.displayName(), started,
                started.plusWeeks(10).minusDays(1), Set.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0),
                LocalTime.of(12, 0), Set.of()));
        SplittableRandom r = new SplittableRandom(2026);
        List<UUID> enrolled = new ArrayList<>();
        for (int i = 0; i < Math.min(13, people.size()); i++) {
            groups.enrol(user, workshop, people.get(i).personId(), cases.get(i));
            enrolled.add(people.get(i).personId());
        }
        // Attendance is taken at the sessions held before the history's end.
        Instant end = today.atStartOfDay(GroupActivityService.ZONE).toInstant();
        for (GroupActivityService.SessionItem s : groups.sessions(user, workshop)) {
            if (!s.startsAt().isBefore(end)) {
                break;
            }
            List<GroupActivityService.Mark> marks = new ArrayList<>();
            for (UUID person : enrolled.subList(0, Math.min(12, enrolled.size()))) {
                int roll = r.nextInt(100);
                AttendanceMark mark = roll < 78 ? AttendanceMark.PRESENT : roll < 90 ? AttendanceMark.ABSENT
                        : AttendanceMark.EXCUSED;
                marks.add(new GroupActivityService.Mark(person, mark,
                        mark == AttendanceMark.EXCUSED ? "Visita mèdica" : null));
            }
            groups.saveAttendance(user, s.id(), marks);
        }
        LocalDate starts = today.plusWeeks(2).with(DayOfWeek.THURSDAY);
        UUID parenting = groups.create(user, new ActivityForm("Famílies", "Grup de criança positiva",
                "Espai de trobada per a mares i pares: límits, rutines i comunicació amb els fills.",
                "Famílies amb infants de 3 a 12 anys", 10, "Centre cívic, sala 2", user.displayName(), starts,
                starts.plusWeeks(8), Set.of(DayOfWeek.THURSDAY), LocalTime.of(17, 0), LocalTime.of(18, 30),
                Set.of()));
        for (int i = 13; i < people.size(); i++) {
            groups.enrol(user, parenting, people.get(i).personId(), cases.get(i));
        }
    }
}
