package cat.teixit.logic.demo;

import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.groups.Holidays;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.groups.GroupAttendance;
import cat.teixit.persistence.demo.BulkLoader;
import cat.teixit.persistence.demo.BulkLoader.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The group activities of a synthetic area: every team runs a few programmes a year over the history's ten years
 * (weekly sessions, Catalonia's public holidays skipped), with people from its own open case files enrolled, some on
 * the waiting list, some dropping out, and attendance taken at every session held. Candidates are the reference
 * people of the households written, a bounded sample per team. Not thread-safe (one per generation).
 */
final class SyntheticGroups {

    /** One activity kind: its programme, title, who it is for, weekday and time, number of weekly sessions. */
    private record Kind(String programme, String title, String target, DayOfWeek day, LocalTime start, int minutes,
            int sessions, int month) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Inclusió laboral", "Taller de recerca de feina", "Persones en recerca de feina",
                    DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 10, 2),
            new Kind("Famílies", "Grup de criança positiva", "Famílies amb infants de 3 a 12 anys",
                    DayOfWeek.THURSDAY, LocalTime.of(17, 0), 90, 8, 3),
            new Kind("Acollida", "Sessions d’acollida per a persones nouvingudes", "Persones arribades fa menys d’un any",
                    DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 120, 6, 10),
            new Kind("Gent gran", "Grup de suport a persones cuidadores", "Persones que cuiden un familiar",
                    DayOfWeek.MONDAY, LocalTime.of(16, 0), 90, 8, 10));
    private static final String[] WITHDRAWN = {"Ha trobat feina.", "Incompatibilitat d’horaris.",
        "Ha canviat de domicili.", "Motius de salut."};
    private static final int CANDIDATES_PER_TEAM = 4_000;

    /** A person who may take part: their case file and when it was open. */
    private record Candidate(UUID personId, UUID caseFileId, LocalDate from, LocalDate to) {
    }

    private final LocalDate asOf;
    private final SplittableRandom r;
    private final Holidays holidays = Holidays.catalonia();
    private final Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    private final Map<String, SyntheticStaff.TeamStaff> teams = new LinkedHashMap<>();
    private final Map<String, Long> seen = new LinkedHashMap<>();

    SyntheticGroups(LocalDate asOf, long seed) {
        this.asOf = asOf;
        this.r = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
    }

    /** Takes note of a case file written: its reference person may take part in the team's activities. */
    void consider(HistoryWriter.Case c) {
        String scope = c.scope;
        teams.putIfAbsent(scope, c.h.team);
        List<Candidate> list = candidates.computeIfAbsent(scope, k -> new ArrayList<>());
        long n = seen.merge(scope, 1L, Long::sum);
        LocalDate to = c.h.status == CaseStatus.CLOSED ? c.h.closedOn : asOf.minusDays(1);
        Candidate candidate = new Candidate(c.h.referencePerson().id, c.id, c.h.openedOn, to);
        // A uniform sample of the team's case files, whatever their number (reservoir sampling).
        if (list.size() < CANDIDATES_PER_TEAM) {
            list.add(candidate);
        } else {
            long k = r.nextLong(n);
            if (k < CANDIDATES_PER_TEAM) {
                list.set((int) k, candidate);
            }
        }
    }

    /** Writes every team's activities of the ten years before the history's end. */
    void write(BulkLoader loader, SyntheticIds.Sequence ids) {
        for (Map.Entry<String, List<Candidate>> e : candidates.entrySet()) {
            SyntheticStaff.TeamStaff team = teams.get(e.getKey());
            for (int year = asOf.getYear() - 10; year <= asOf.getYear(); year++) {
                for (Kind kind : KINDS) {
                    LocalDate starts = LocalDate.of(year, kind.month(), 1)
                            .with(TemporalAdjusters.firstInMonth(kind.day())).plusWeeks(r.nextInt(3));
                    if (starts.isAfter(asOf.minusDays(1)) || starts.isBefore(asOf.minusYears(10))) {
                        continue;
                    }
                    activity(loader, ids, e.getKey(), team, kind, starts, e.getValue());
                }
            }
        }
    }

    private void activity(BulkLoader loader, SyntheticIds.Sequence ids, String scope, SyntheticStaff.TeamStaff team,
            Kind kind, LocalDate starts, List<Candidate> pool) {
        SyntheticStaff.Professional author = team.anyone(r);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = starts; days.size() < kind.sessions(); d = d.plusWeeks(1)) {
            if (!holidays.isHoliday(d)) {
                days.add(d);
            }
        }
        LocalDate ends = days.getLast();
        int capacity = 10 + r.nextInt(6);
        long created = at(starts.minusWeeks(3), LocalTime.of(9, 0));
        UUID activityId = ids.next();
        loader.add(Table.GROUP_ACTIVITY, activityId, scope, SyntheticIds.hlc(created), kind.programme(), kind.title(),
                null, kind.target(), capacity, "Sala polivalent", author.displayName(), starts, ends, kind.day().name(),
                kind.start().toString(), kind.start().plusMinutes(kind.minutes()).toString(), author.id(),
                Instant.ofEpochMilli(created));
        List<UUID> sessions = new ArrayList<>();
        List<Long> sessionStarts = new ArrayList<>();
        for (LocalDate d : days) {
            long s = at(d, kind.start());
            UUID id = ids.next();
            loader.add(Table.GROUP_SESSION, id, scope, SyntheticIds.hlc(created), activityId, Instant.ofEpochMilli(s),
                    Instant.ofEpochMilli(s + kind.minutes() * 60_000L), null, false);
            sessions.add(id);
            sessionStarts.add(s);
        }
        // People whose case file was open when the activity started; a few more than the places: a waiting list.
        List<Candidate> open = pool.stream().filter(c -> !c.from().isAfter(starts) && !c.to().isBefore(starts))
                .toList();
        Set<Candidate> chosen = new HashSet<>();
        int wanted = Math.min(open.size(), capacity - 2 + r.nextInt(5));
        for (int tries = 0; chosen.size() < wanted && tries < wanted * 4; tries++) {
            chosen.add(open.get(r.nextInt(open.size())));
        }
        long now = at(asOf, LocalTime.MIDNIGHT);
        int place = 0;
        for (Candidate c : chosen) {
            boolean waiting = place++ >= capacity;
            long requested = created + 86_400_000L * r.nextInt(14);
            int leaves = !waiting && r.nextInt(10) == 0 ? 1 + r.nextInt(days.size() - 1) : -1;
            long withdrawnAt = leaves > 0 ? sessionStarts.get(leaves) - 86_400_000L : 0;
            boolean withdrawn = leaves > 0 && withdrawnAt < now;
            String status = waiting ? "WAITING" : withdrawn ? "WITHDRAWN" : "ENROLLED";
            long changed = withdrawn ? withdrawnAt : requested;
            loader.add(Table.GROUP_ENROLMENT, ids.next(), scope, SyntheticIds.hlc(Math.min(changed, now - 1)),
                    activityId, c.personId(), c.caseFileId(), status, Instant.ofEpochMilli(requested),
                    waiting ? null : Instant.ofEpochMilli(requested), withdrawn ? Instant.ofEpochMilli(withdrawnAt) : null,
                    withdrawn ? WITHDRAWN[r.nextInt(WITHDRAWN.length)] : null, null, null, author.id());
            if (waiting) {
                continue;
            }
            // Attendance at the sessions held before the history's end, while the person took part.
            for (int i = 0; i < sessions.size() && sessionStarts.get(i) < now && (!withdrawn || i < leaves); i++) {
                int roll = r.nextInt(100);
                String mark = roll < 76 ? "PRESENT" : roll < 90 ? "ABSENT" : "EXCUSED";
                loader.add(Table.GROUP_ATTENDANCE, Ids.derived(GroupAttendance.TYPE, sessions.get(i), c.personId()),
                        scope, SyntheticIds.hlc(Math.min(sessionStarts.get(i) + 7_200_000L, now - 1)), sessions.get(i),
                        c.personId(), c.caseFileId(), mark, mark.equals("EXCUSED") ? "Ha avisat que no podia venir." : null);
            }
        }
    }

    private static long at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(CaseDeps.ZONE).toInstant().toEpochMilli();
    }
}
