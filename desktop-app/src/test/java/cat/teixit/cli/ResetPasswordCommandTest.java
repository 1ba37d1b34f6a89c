package cat.teixit.cli;

import cat.teixit.testing.TestKeys;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.persistence.KeyRing;
import cat.teixit.sync.protocol.PasswordHasher;
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

    /** Runs the command line with {@code password} on the first line of standard input (the unlocking user's). */
    private Run run(String password, String... args) {
        java.io.InputStream in = System.in;
        System.setIn(new java.io.ByteArrayInputStream((password + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new RootCommand());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return new Run(cl.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void printsATemporaryPasswordThatAsksForANewOne() throws Exception {
        Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true).close();
        // The data is encrypted: another user of the workstation unlocks it; a wrong password of theirs changes nothing.
        Run wrong = run("not-montse's", "--data-dir", dir.toString(), "reset-password", "laia", "--by", "montse");
        assertThat(wrong.code()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        Run r = run(DemoSeeder.DEMO_PASSWORD, "--data-dir", dir.toString(), "reset-password", "laia", "--by", "montse");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        Matcher m = Pattern.compile("Temporary password for laia: (\\S{16})").matcher(r.out());
        assertThat(m.find()).isTrue();
        // The temporary password unlocks laia's key; her forgotten one no longer does.
        KeyRing ring = new KeyRing(dir, new PasswordHasher());
        assertThat(ring.unwrap("laia", m.group(1).toCharArray())).contains(TestKeys.KEY);
        assertThat(ring.unwrap("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).isEmpty();
        try (Workstation w = Workstation.openAs(dir, InstanceLock.acquire(dir), "laia", m.group(1).toCharArray())) {
            assertThat(w.auth().login("laia", m.group(1).toCharArray())).isInstanceOfSatisfying(
                    LoginResult.Success.class, s -> assertThat(s.mustChangePassword()).isTrue());
        }
        Run unknown = run(DemoSeeder.DEMO_PASSWORD, "--data-dir", dir.toString(), "reset-password", "ningu", "--by",
                "montse");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No local account named ningu");
    }
}
