package cat.teixit.logic.demo;

import cat.teixit.logic.casefile.CaseDeps;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Who is busy when in a generated agenda, so that the generated appointments never overlap for a professional nor
 * for a room of a team's office (the agenda would otherwise flag them as clashes). Time is kept in five-minute
 * slots; a wanted moment that is taken moves later the same day, then earlier, then to the next working days.
 * Not thread-safe (one per generation).
 */
final class AgendaSlots {

    /** A place found in the agenda: when it starts and, for office appointments, the room. */
    record Slot(long at, String room) {}

    private static final long SLOT_MILLIS = 5 * 60_000L;
    private static final LocalTime OPENS = LocalTime.of(8, 30);
    private static final LocalTime CLOSES = LocalTime.of(19, 0);
    private static final int DAYS_TO_TRY = 60;

    private final long origin;
    private final Map<Object, BitSet> busy = new HashMap<>();

    /** @param since the earliest moment an appointment may start (slots are counted from it) */
    AgendaSlots(Instant since) {
        this.origin = since.toEpochMilli() - since.toEpochMilli() % SLOT_MILLIS;
    }

    /**
     * Takes the first free place at or near {@code wanted} for {@code professional} (and one of {@code rooms} of the
     * team {@code scope}, tried from a random one, when {@code rooms} is not empty), starting no later than
     * {@code latestStart}. When the whole search finds nothing (an implausibly crowded agenda) the wanted moment is
     * taken as it is.
     */
    Slot reserve(UUID professional, String scope, List<String> rooms, long wanted, int minutes, long latestStart,
            SplittableRandom r) {
        int first = rooms.isEmpty() ? 0 : r.nextInt(rooms.size());
        ZonedDateTime w = Instant.ofEpochMilli(wanted).atZone(CaseDeps.ZONE);
        LocalDate day = w.toLocalDate();
        long slots = (minutes * 60_000L + SLOT_MILLIS - 1) / SLOT_MILLIS;
        // The wanted day: later first, then earlier.
        long dayOpens = millis(day, OPENS);
        long dayCloses = millis(day, CLOSES);
        for (long t = wanted; t + slots * SLOT_MILLIS <= dayCloses && t <= latestStart; t += SLOT_MILLIS) {
            Slot s = take(professional, scope, rooms, first, t, slots);
            if (s != null) {
                return s;
            }
        }
        for (long t = wanted - SLOT_MILLIS; t >= dayOpens && t <= latestStart; t -= SLOT_MILLIS) {
            Slot s = take(professional, scope, rooms, first, t, slots);
            if (s != null) {
                return s;
            }
        }
        // The next working days, then the previous ones.
        for (int sign : new int[] {1, -1}) {
            for (int d = 1; d <= DAYS_TO_TRY; d++) {
                LocalDate other = day.plusDays((long) sign * d);
                if (other.getDayOfWeek() == DayOfWeek.SATURDAY || other.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                long closes = millis(other, CLOSES);
                for (long t = millis(other, OPENS); t + slots * SLOT_MILLIS <= closes && t <= latestStart
                        && t >= origin; t += SLOT_MILLIS) {
                    Slot s = take(professional, scope, rooms, first, t, slots);
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        String room = rooms.isEmpty() ? null : rooms.get(first);
        mark(professional, wanted, slots);
        return new Slot(wanted, room);
    }

    private Slot take(UUID professional, String scope, List<String> rooms, int first, long at, long slots) {
        if (!free(professional, at, slots)) {
            return null;
        }
        if (rooms.isEmpty()) {
            mark(professional, at, slots);
            return new Slot(at, null);
        }
        for (int i = 0; i < rooms.size(); i++) {
            String room = rooms.get((first + i) % rooms.size());
            String key = scope + '\u0000' + room;
            if (free(key, at, slots)) {
                mark(professional, at, slots);
                mark(key, at, slots);
                return new Slot(at, room);
            }
        }
        return null;
    }

    private boolean free(Object key, long at, long slots) {
        BitSet b = busy.get(key);
        if (b == null) {
            return true;
        }
        int from = index(at);
        int next = b.nextSetBit(from);
        return next < 0 || next >= from + slots;
    }

    private void mark(Object key, long at, long slots) {
        int from = index(at);
        busy.computeIfAbsent(key, k -> new BitSet()).set(from, from + (int) slots);
    }

    private int index(long at) {
        return (int) Math.max(0, (at - origin) / SLOT_MILLIS);
    }

    private static long millis(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(CaseDeps.ZONE).toInstant().toEpochMilli();
    }
}
