package cat.teixit.logic.groups;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.model.groups.AttendanceMark;
import cat.teixit.model.groups.EnrolmentStatus;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group activities travel through the real central server: an activity, its sessions and enrolments made on one
 * workstation are on the other; two facilitators taking the same session's attendance offline merge per person
 * (the same mark agrees, different people never clash), and the same person marked differently is a conflict.
 */
class GroupAttendanceSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private record Shared(UUID activity, UUID session, PersonService.Created anna, PersonService.Created berta) {
    }

    /** Laia makes an activity with Anna and Berta enrolled; both workstations have it. */
    private static Shared shared(Station a, Station b) throws Exception {
        LocalDate from = a.w.groups().today().plusDays(1);
        UUID activity = a.w.groups().create(a.user, GroupActivityServiceTest.parenting(10, from, from.plusWeeks(4),
                Set.of()));
        PersonService.Created anna = a.newPerson("Anna", "Vila");
        PersonService.Created berta = a.newPerson("Berta", "Mas");
        a.w.groups().enrol(a.user, activity, anna.personId(), anna.caseFileId());
        a.w.groups().enrol(a.user, activity, berta.personId(), berta.caseFileId());
        a.syncOk();
        b.syncOk();
        List<GroupActivityService.SessionItem> sessions = b.w.groups().sessions(b.user, activity);
        assertThat(sessions).isNotEmpty();
        assertThat(b.w.groups().participants(b.user, activity)).extracting(p -> p.status())
                .containsOnly(EnrolmentStatus.ENROLLED).hasSize(2);
        return new Shared(activity, sessions.getFirst().id(), anna, berta);
    }

    private static Map<UUID, AttendanceMark> marks(Station s, UUID session) {
        return s.w.groups().attendance(s.user, session).stream().filter(l -> l.mark() != null)
                .collect(Collectors.toMap(GroupActivityService.AttendanceLine::personId,
                        GroupActivityService.AttendanceLine::mark));
    }

    private static void take(Station s, UUID session, GroupActivityService.Mark... marks) {
        s.w.groups().saveAttendance(s.user, session, List.of(marks));
    }

    @Test
    void twoFacilitatorsTakingTheSameSessionsAttendanceOfflineMergePerPerson() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            Shared g = shared(a, b);

            // Offline: Laia marks Anna; Jordi marks Anna the same and Berta absent.
            take(a, g.session(), new GroupActivityService.Mark(g.anna().personId(), AttendanceMark.PRESENT, null));
            take(b, g.session(), new GroupActivityService.Mark(g.anna().personId(), AttendanceMark.PRESENT, null),
                    new GroupActivityService.Mark(g.berta().personId(), AttendanceMark.ABSENT, null));
            assertThat(a.syncOk().conflicts()).isZero();
            assertThat(b.syncOk().conflicts()).isZero();
            a.syncOk();
            for (Station s : List.of(a, b)) {
                assertThat(marks(s, g.session())).containsExactlyInAnyOrderEntriesOf(Map.of(
                        g.anna().personId(), AttendanceMark.PRESENT, g.berta().personId(), AttendanceMark.ABSENT));
                assertThat(s.w.conflicts().open(s.user)).isEmpty();
            }
        }
    }

    @Test
    void theSamePersonMarkedDifferentlyOnTwoWorkstationsIsAConflictShown() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            Shared g = shared(a, b);

            take(a, g.session(), new GroupActivityService.Mark(g.anna().personId(), AttendanceMark.PRESENT, null));
            take(b, g.session(), new GroupActivityService.Mark(g.anna().personId(), AttendanceMark.EXCUSED, "Metge"));
            assertThat(a.syncOk().conflicts()).isZero();
            assertThat(b.syncOk().conflicts()).isEqualTo(1);
            List<ConflictService.Summary> open = b.w.conflicts().open(b.user);
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.entityType()).isEqualTo("group_attendance");
                assertThat(c.fields()).contains("mark");
            });
            // Nothing was overwritten silently: Laia's mark stands until the conflict is resolved.
            a.syncOk();
            assertThat(marks(a, g.session())).containsEntry(g.anna().personId(), AttendanceMark.PRESENT);
        }
    }
}
