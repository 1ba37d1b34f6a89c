package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code teixit self-test}: what the IT department (and the installer's CI) runs after installing. */
class SelfTestCommandTest {

    private static long leftovers() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("teixit-self-test")).count();
        }
    }

    @Test
    void everyCheckPassesOnAWorkingInstallationAndNothingIsLeftBehind() throws Exception {
        long before = leftovers();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("self-test");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).hasSize(5)
                .anySatisfy(l -> assertThat(l).startsWith("ok   store created, migrated"))
                .anySatisfy(l -> assertThat(l).isEqualTo("ok   login"))
                .anySatisfy(l -> assertThat(l).matches("ok   document rendered to PDF/A \\(\\d+ pages?, [\\d.,]+ bytes\\)"))
                .anySatisfy(l -> assertThat(l).isEqualTo("ok   document sealed with a sample signature and the seal verified"));
        assertThat(leftovers()).isEqualTo(before);
    }
}
