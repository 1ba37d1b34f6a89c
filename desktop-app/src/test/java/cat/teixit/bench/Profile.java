package cat.teixit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recording of one measured step of a benchmark, when asked for with {@code -Dbench.jfr=DIR} (and
 * {@code -Dbench.jfc=FILE} for other settings than the JDK's "profile"): written to {@code DIR/<step>.jfr}, for
 * {@code jfr print} or {@code jfr summary}. Otherwise nothing. Not thread-safe.
 */
final class Profile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static Profile start(String step) {
        String dir = System.getProperty("bench.jfr");
        if (dir == null) {
            return new Profile(null, null);
        }
        try {
            String jfc = System.getProperty("bench.jfc");
            Configuration c = jfc == null ? Configuration.getConfiguration("profile") : Configuration.create(Path.of(jfc));
            Recording r = new Recording(c);
            r.start();
            return new Profile(r, Path.of(dir, step + ".jfr"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("unreadable JFR settings", e);
        }
    }

    @Override
    public void close() {
        if (recording == null) {
            return;
        }
        try {
            recording.stop();
            recording.dump(file);
            recording.close();
            System.err.println("# profile of this step: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
