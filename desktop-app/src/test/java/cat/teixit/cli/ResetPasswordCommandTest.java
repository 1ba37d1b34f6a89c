package cat.teixit.cli;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.persistence.InstanceLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code teixit reset-password}: a temporary password that works once, to choose a new one. */
class ResetPasswordCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void printsATemporaryPasswordThatAsksForANewOne() throws Exception {
        Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true).close();
        Run r = run("--data-dir", dir.toString(), "reset-password", "laia");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        Matcher m = Pattern.compile("Temporary password for laia: (\\S{16})").matcher(r.out());
        assertThat(m.find()).isTrue();
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, false)) {
            assertThat(w.auth().login("laia", m.group(1).toCharArray())).isInstanceOfSatisfying(
                    LoginResult.Success.class, s -> assertThat(s.mustChangePassword()).isTrue());
        }
        Run unknown = run("--data-dir", dir.toString(), "reset-password", "ningu");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No local account named ningu");
    }
}
