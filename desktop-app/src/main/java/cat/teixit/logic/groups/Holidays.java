package cat.teixit.logic.groups;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Catalonia's public holidays, held as data ({@code /groups/holidays-catalonia.txt}, its sources named there):
 * no group session is made on one. Immutable, thread-safe.
 */
public final class Holidays {

    private static final String RESOURCE = "/groups/holidays-catalonia.txt";

    private final Map<LocalDate, String> days;

    private Holidays(Map<LocalDate, String> days) {
        this.days = Map.copyOf(days);
    }

    /** The holidays of the bundled file. */
    public static Holidays catalonia() {
        try (InputStream in = Holidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            Map<LocalDate, String> days = new TreeMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    days.put(LocalDate.parse(t.substring(0, 10)), t.substring(10).strip());
                }
            }
            return new Holidays(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isHoliday(LocalDate day) {
        return days.containsKey(day);
    }

    /** The holiday's name, or null when {@code day} is not one. */
    public String name(LocalDate day) {
        return days.get(day);
    }
}
