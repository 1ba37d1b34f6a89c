package cat.teixit.cli;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentFixture;
import cat.teixit.logic.reports.ReportDataset;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code teixit report}: a year's CSV, XLSX and PDF for a team lead; refused for others, for an unknown team, a bad period. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream((DemoSeeder.DEMO_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new RootCommand());
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            return new Run(cl.execute(args), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void aYearOfEveryTeamIsTheAreasMemoriaWithItsTablePerTeam() throws Exception {
        Path data = dir.resolve("area");
        try (ReportDataset d = new ReportDataset(data)) {
            // Montse leads Girona Nord and may read Salt's case files: her report of every team covers both.
            d.f.store.write(tx -> {
                tx.users().findByUsername("montse").orElseThrow().setGrantedScopes(java.util.Map.of(d.f.pau.scope(), false));
                return null;
            });
        }
        TestKeys.grant(data, "montse", DemoSeeder.DEMO_PASSWORD);
        Path pdf = dir.resolve("out/memoria-2025.pdf");
        Run printed = run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025", "--format", "pdf",
                "--out", pdf.toString());
        assertThat(printed.code()).as(printed.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Memòria dels serveis socials bàsics · 2025").contains("Per equip")
                    .contains("Memòria anual de l’àrea").contains("Expedients oberts");
        }
        assertThat(DocumentFixture.pdfaProblems(Files.readAllBytes(pdf))).as("PDF/A-3b").isNull();
        Path quarter = dir.resolve("out/q1.pdf");
        assertThat(run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025-Q1", "--format", "pdf",
                "--out", quarter.toString()).code()).isEqualTo(ExitCodes.OK);
        try (PDDocument doc = Loader.loadPDF(quarter.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).as("a quarter is the area's report, with its table per team")
                    .contains("Informe de l’àrea · 2025-Q1").doesNotContain("Informe de l’equip").contains("Per equip");
        }
    }

    @Test
    void writesAYearsReportForATeamLead() throws Exception {
        Path data = dir.resolve("data");
        new ReportDataset(data).close();
        TestKeys.grant(data, "montse", DemoSeeder.DEMO_PASSWORD);
        TestKeys.grant(data, "laia", DemoSeeder.DEMO_PASSWORD);
        Path csv = dir.resolve("out/2025.csv");
        Run ok = run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025", "--team", "GIR-N",
                "--format", "csv", "--lang", "en", "--out", csv.toString());
        assertThat(ok.code()).as(ok.err()).isEqualTo(ExitCodes.OK);
        assertThat(ok.err()).contains("2/2").contains("Report 2025");
        assertThat(Files.readString(csv)).contains("People assisted,2,1,1").contains("of which confidential,1");

        Path laias = dir.resolve("out/laia.csv");
        assertThat(run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025", "--professional",
                "LAIA", "--format", "csv", "--lang", "en", "--out", laias.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(laias)).contains("Case files opened,1,1,0").contains("Laia Puig Ferrer");
        assertThat(run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025", "--professional",
                "nobody", "--format", "csv", "--out", laias.toString()).err()).contains("No professional nobody");

        Path xlsx = dir.resolve("out/q1.xlsx");
        assertThat(run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025-Q1", "--format",
                "xlsx", "--out", xlsx.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(Files.size(xlsx)).isPositive();

        Path pdf = dir.resolve("out/2025.pdf");
        Run printed = run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025", "--format", "pdf",
                "--lang", "en", "--out", pdf.toString());
        assertThat(printed.code()).as(printed.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            // Without --team: every team the user sees, which for montse is her own team (its report, not the area's).
            assertThat(text).as("without --team: every team the user sees").contains("Team report · 2025")
                    .doesNotContain("Area report").contains("People assisted").contains("€120.00")
                    .contains("of which confidential");
        }
        assertThat(DocumentFixture.pdfaProblems(Files.readAllBytes(pdf))).as("PDF/A-3b").isNull();

        assertThat(run("--data-dir", data.toString(), "report", "--user", "laia", "--period", "2025", "--format", "csv",
                "--out", csv.toString()).err()).contains("Not allowed");
        Run noTeam = run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025", "--team", "XYZ",
                "--format", "csv", "--out", csv.toString());
        assertThat(noTeam.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noTeam.err()).contains("GIR-N");
        assertThat(run("--data-dir", data.toString(), "report", "--user", "montse", "--period", "2025-13", "--format", "csv",
                "--out", csv.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }
}
