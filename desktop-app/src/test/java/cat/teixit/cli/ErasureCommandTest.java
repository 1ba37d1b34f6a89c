package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code teixit erasure}: a case file closed today is not due; a team lead holds it and lifts the hold; anonymising
 * it before its retention ends is refused with the date it ends, and a social worker may not.
 */
class ErasureCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream((DemoSeeder.DEMO_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new RootCommand());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 2];
            all[0] = "--data-dir";
            all[1] = dir.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            return new Run(cl.execute(all), out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void aCaseFileClosedTodayIsHeldAndNotAnonymisedBeforeItsRetentionEnds() throws Exception {
        String number;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), cat.teixit.testing.TestKeys.KEY, true)) {
            CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
            PersonService.Created c = w.people().createWithNewHousehold(laia, PersonForm.basic("Rita", "Gelabert", null,
                    IdDocumentType.NONE, null, LocalDate.of(1950, 1, 1), Sex.F), null);
            w.caseFiles().close(laia, c.caseFileId(), w.caseFiles().load(laia, c.caseFileId()).rowVersion(), "1", today);
            number = w.caseFiles().load(laia, c.caseFileId()).number();
        }
        cat.teixit.testing.TestKeys.grant(dir, "montse", DemoSeeder.DEMO_PASSWORD);
        cat.teixit.testing.TestKeys.grant(dir, "laia", DemoSeeder.DEMO_PASSWORD);
        Run due = run("erasure", "due", "--user", "montse");
        assertThat(due.code()).as(due.err()).isZero();
        assertThat(due.out()).doesNotContain(number);
        Run later = run("erasure", "due", "--user", "montse", "--until", today.plusYears(5).toString());
        assertThat(later.out()).contains(number).contains("closed " + today).contains("due " + today.plusYears(5));

        Run hold = run("erasure", "hold", "--user", "montse", "--case", number, "--reason", "Inspecció 2026");
        assertThat(hold.code()).as(hold.err()).isZero();
        assertThat(run("erasure", "due", "--user", "montse", "--until", today.plusYears(5).toString()).out())
                .contains("LEGAL HOLD: Inspecció 2026");
        assertThat(run("erasure", "hold", "--user", "montse", "--case", number, "--lift").code()).isZero();
        assertThat(run("erasure", "hold", "--user", "montse", "--case", number).code()).isEqualTo(ExitCodes.USAGE);

        Run early = run("erasure", "anonymise", "--user", "montse", "--case", number);
        assertThat(early.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(early.err()).contains("Encara no ha passat el termini de conservació").contains(
                today.plusYears(5).toString());
        Run worker = run("erasure", "anonymise", "--user", "laia", "--case", number);
        assertThat(worker.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(worker.err()).contains("Not allowed");
        assertThat(run("erasure", "anonymise", "--user", "montse", "--case", "EXP-0000").err())
                .contains("No such case file");
    }
}
