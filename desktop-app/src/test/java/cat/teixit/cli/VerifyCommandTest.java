package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.signature.DocumentSealer;
import cat.teixit.logic.signature.SealFixtures;
import cat.teixit.logic.signature.SignerRole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code teixit verify}: what it prints and its exit code for each verdict. */
class VerifyCommandTest {

    @TempDir
    static Path dir;
    private static byte[] plain;
    private static byte[] sealed;

    @BeforeAll
    static void documents() throws Exception {
        plain = SealFixtures.pdfA3b("Acord de derivació", 1);
        DocumentSealer sealer = new DocumentSealer(SealFixtures.demoKeys(), Clock.systemUTC());
        sealed = sealer.seal(sealer.seal(plain, SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON)),
                SealFixtures.signature("Laia Ferrer", SignerRole.PROFESSIONAL));
    }

    private record Run(int code, String out) {
    }

    private static Run verify(Path file) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return new Run(cl.execute("verify", file.toString()), out.toString());
    }

    @Test
    void aSealedDocumentIsValidAndSaysWhoSignedWhenAndWhat() throws Exception {
        Run r = verify(Files.write(dir.resolve("sealed.pdf"), sealed));
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("\"Acord de derivació\", 1 page(s)", "Signature 1: Núria Pagès Muñoz (person)",
                "Signature 2: Laia Ferrer (professional)", "sealed by CN=Teixit demo seal", "Result: SEAL VALID");
    }

    @Test
    void eachOtherVerdictHasItsOwnExitCode() throws Exception {
        byte[] flipped = sealed.clone();
        flipped[sealed.length / 3] ^= 0x04;
        assertThat(verify(Files.write(dir.resolve("flipped.pdf"), flipped)).code()).isEqualTo(ExitCodes.SEAL_BROKEN);
        byte[] appended = java.util.Arrays.copyOf(sealed, sealed.length + 2);
        appended[sealed.length] = '%';
        appended[sealed.length + 1] = '\n';
        assertThat(verify(Files.write(dir.resolve("appended.pdf"), appended)).code())
                .isEqualTo(ExitCodes.CHANGED_AFTER_SIGNING);
        assertThat(verify(Files.write(dir.resolve("plain.pdf"), plain)).code()).isEqualTo(ExitCodes.NO_SEAL);
        assertThat(verify(Files.writeString(dir.resolve("text.pdf"), "hola", StandardCharsets.UTF_8)).code())
                .isEqualTo(ExitCodes.NOT_PDF);
        Run missing = verify(dir.resolve("missing.pdf"));
        assertThat(missing.code()).isEqualTo(ExitCodes.NO_SUCH_FILE);
        assertThat(missing.out()).contains("NO SUCH FILE");
        assertThat(RootCommand.execute("verify", dir.resolve("plain.pdf").toString())).isEqualTo(ExitCodes.NO_SEAL);
    }
}
