package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code teixit document}: templates listed, one document or a batch rendered, missing data named with exit code 2. */
class DocumentCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream((DemoSeeder.DEMO_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
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
    void rendersOneDocumentABatchAndNamesMissingData() throws Exception {
        Path data = dir.resolve("data");
        String number;
        String second;
        try (DocumentFixture f = new DocumentFixture(data)) {
            number = f.caseNumber;
            second = f.secondCaseFile();
        }
        Run list = run("--data-dir", data.toString(), "document", "templates", "--lang", "es");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("social-report").contains("Informe social").contains("aid-simulation")
                .contains("Hoja de asistencia");

        Path report = dir.resolve("out").resolve("report.pdf");
        Run one = run("--data-dir", data.toString(), "document", "render", "--user", "laia", "--template",
                "social-report", "--case", number, "--lang", "ca", "--out", report.toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(DocumentFixture.text(Files.readAllBytes(report))).contains("Informe social").contains("Núria Pagès Muñoz");

        Path letter = dir.resolve("out").resolve("letter.pdf");
        Run missing = run("--data-dir", data.toString(), "document", "render", "--user", "laia", "--template",
                "appointment-letter", "--case", number, "--out", letter.toString(), "--set", "appointment.date=17/12/2026");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains(number + ": data missing: appointment.professional, appointment.time, "
                + "appointment.place");
        assertThat(letter).doesNotExist();

        Path batch = dir.resolve("batch");
        Run all = run("--data-dir", data.toString(), "document", "render", "--user", "laia", "--template",
                "plan-agreement", "--all-open", "--out", batch.toString(), "--no-file");
        assertThat(all.code()).as("one case file has no plan").isEqualTo(ExitCodes.USAGE);
        assertThat(all.err()).contains("[##############################] 2/2").contains(second + ": data missing: plan.title")
                .contains("1 documents rendered");
        try (Stream<Path> files = Files.list(batch)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("plan-agreement-" + number + ".pdf");
        }

        Run usage = run("--data-dir", data.toString(), "document", "render", "--user", "laia", "--template",
                "social-report", "--case", number, "--out", report.toString(), "--set", "person.fullName=X");
        assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
    }
}
