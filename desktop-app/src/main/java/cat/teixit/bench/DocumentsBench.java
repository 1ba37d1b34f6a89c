package cat.teixit.bench;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code documents letter_ms} and {@code documents report_50p_s}: on a new data directory (the demo accounts, a
 * council in the settings), a one-page appointment letter and the social report of a case file with a long history
 * (630 interventions: about 50 pages of tables), each rendered through {@link DocumentService#render} (the case
 * file's data read, the template filled, the PDF/A laid out) after a warm-up; the median of the runs. Prints
 * {@code BENCH} lines. Argument: the work directory (emptied first).
 */
public final class DocumentsBench {

    private static final PrintStream OUT = BenchOutput.OUT;
    private static final int HISTORY = 630;

    private DocumentsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = emptied(Path.of(args.length > 0 ? args[0] : "bench/out/documents"));
        Files.writeString(dir.resolve("settings.properties"), "council.name=Ajuntament de Salt\n"
                + "council.address=Plaça de la Vila, 1 · 17190 Salt\n", StandardCharsets.UTF_8);
        try (Workstation w = demoStoreIn(dir)) {
            CurrentUser laia = demoUser(w, "laia");
            PersonService.Created c = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz",
                    IdDocumentType.DNI, "12345678Z", LocalDate.of(1981, 3, 14), Sex.F)
                    .withAddress("Carrer de l’Àngel Guimerà, 12", "458", null), "2");
            LocalDate day = LocalDate.of(2016, 1, 4);
            for (int i = 0; i < HISTORY; i++) {
                w.interventions().add(laia, c.caseFileId(), new InterventionForm(InterventionKind.values()[i % 5],
                        day.plusDays(i * 2L), LocalTime.of(9 + i % 8, 0), 30, null, List.of(),
                        "Seguiment " + (i + 1) + ": entrevista amb la família sobre l’habitatge i l’escolarització;"
                                + " s’acorda revisar la sol·licitud d’ajut al lloguer.", false));
            }
            DocumentService docs = w.documents();
            Map<String, Object> appointment = Map.of("appointment", Map.of("date", "dijous, 17 de desembre del 2026",
                    "time", "10:30", "place", "Serveis socials, Carrer Major, 5", "professional", "Laia Puig Ferrer"));
            Timing letter = median(30, 60, () -> docs.render(laia, "appointment-letter", Language.CATALAN, c.caseFileId(),
                    appointment));
            Timing report = median(3, 7, () -> docs.render(laia, "social-report", Language.CATALAN, c.caseFileId(), Map.of()));
            DocumentService.Rendered r = docs.render(laia, "social-report", Language.CATALAN, c.caseFileId(), Map.of());
            int pages = pages(r.pdf());
            OUT.printf(Locale.ROOT, "BENCH documents letter_ms %.1f ms%n", letter.wallMs());
            OUT.printf(Locale.ROOT, "BENCH documents report_50p_s %.2f s%n", report.wallMs() / 1000);
            // CPU time of the rendering thread: what the figures are without other processes on the cores.
            OUT.printf(Locale.ROOT, "# documents: cpu letter %.1f ms, report %.2f s; load average %.1f%n", letter.cpuMs(),
                    report.cpuMs() / 1000, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            OUT.printf(Locale.ROOT, "# documents: the social report has %d pages (%d history rows), %d KB%n", pages,
                    HISTORY, r.pdf().length / 1024);
        }
    }

    /** A new demo store in {@code dir} ({@link #emptied} first), opened; the caller closes it. */
    static Workstation demoStore(Path dir) throws Exception {
        return demoStoreIn(emptied(dir));
    }

    /** A new demo store in the empty directory {@code dir} (absolute), opened; the caller closes it. */
    private static Workstation demoStoreIn(Path dir) throws Exception {
        return Workstation.open(dir, InstanceLock.acquire(dir), cat.teixit.app.DataKeys.forNewStore(dir), true);
    }

    /** The demo user {@code username} logged in with the demo password. */
    static CurrentUser demoUser(Workstation w, String username) {
        return ((LoginResult.Success) w.auth().login(username, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    /** {@code dir} (absolute), emptied or created: a benchmark's work directory. */
    public static Path emptied(Path dir) throws java.io.IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs)) {
            try (var walk = Files.walk(abs)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(abs);
    }

    /** Wall and CPU milliseconds of the median runs of {@code runs}, after {@code warmUp} runs not counted. */
    record Timing(double wallMs, double cpuMs) {
    }

    static Timing median(int warmUp, int runs, Runnable work) {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[runs / 2], cpu[runs / 2]);
    }

    private static int pages(byte[] pdf) throws java.io.IOException {
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }
}
