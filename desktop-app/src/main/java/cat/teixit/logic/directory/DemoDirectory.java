package cat.teixit.logic.directory;

import cat.teixit.logic.auth.CurrentUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo store's resource directory ({@code resources/directory/demo-directory.tsv}: real kinds of service of the
 * Girona and Barcelona area with fictitious contact data), added through {@link DirectoryService#add} as the demo's
 * administrator. Stateless.
 */
public final class DemoDirectory {

    static final String RESOURCE = "/directory/demo-directory.tsv";

    private DemoDirectory() {
    }

    /** The demo entries, as forms. */
    public static List<EntryForm> entries() {
        List<EntryForm> forms = new ArrayList<>();
        try (InputStream in = DemoDirectory.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                forms.add(new EntryForm(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
                        c[11].isBlank() ? null : Double.valueOf(c[11]), c[12].isBlank() ? null : Double.valueOf(c[12])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    /** Adds every demo entry as {@code admin} (who holds EDIT_DIRECTORY); returns how many. */
    public static int seed(DirectoryService directory, CurrentUser admin) {
        List<EntryForm> forms = entries();
        forms.forEach(f -> directory.add(admin, f));
        return forms.size();
    }
}
