package cat.teixit.bench;

import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.signature.DocumentSealer;
import cat.teixit.logic.signature.SampleSignature;
import cat.teixit.logic.signature.SealKeys;
import cat.teixit.logic.signature.SignatureVerifier;
import cat.teixit.logic.signature.SignerRole;
import cat.teixit.logic.signature.VerificationReport;
import cat.teixit.persistence.SettingsFile;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * {@code documents seal_ms}: sealing a one-page PDF/A-3b for one signer (pen data encrypted and embedded, strokes
 * drawn, PAdES-B-B signature, incremental save) with demo RSA-3072 keys, warm, one thread; also the second
 * signer on a 50-page document and verifying a document with two signatures. Medians and 95th percentiles over
 * 200 runs after 50 to warm up. Prints {@code BENCH} lines. Argument: a work directory for the demo keys.
 */
public final class SealBench {

    private static final PrintStream OUT = BenchOutput.OUT;
    private static final int WARM = 50;
    private static final int RUNS = 200;

    private SealBench() {
    }

    private interface Job {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "bench/out/seal"));
        SealKeys keys = SealKeys.load(new Preferences(new SettingsFile(dir)), dir, Map.of());
        DocumentSealer sealer = new DocumentSealer(keys, Clock.systemUTC());
        SignatureVerifier verifier = new SignatureVerifier();
        byte[] letter = SealSamples.pdfA3b("Acord del pla d’intervenció", 1);
        byte[] report = SealSamples.pdfA3b("Informe social", 50);
        var person = SampleSignature.of("Núria Pagès Muñoz", SignerRole.PERSON);
        var professional = SampleSignature.of("Laia Ferrer", SignerRole.PROFESSIONAL);
        byte[] reportOnce = sealer.seal(report, person);
        byte[] two = sealer.seal(sealer.seal(letter, person), professional);
        if (verifier.verify(two).status() != VerificationReport.Status.VALID) {
            throw new IllegalStateException("the sealed document does not verify");
        }
        print("seal", measure(() -> sealer.seal(letter, person)));
        print("seal_second_50_pages", measure(() -> sealer.seal(reportOnce, professional)));
        print("verify_two", measure(() -> verifier.verify(two)));
        OUT.printf(Locale.ROOT, "BENCH documents sealed_two_signers_kb %.1f kB%n", (two.length - letter.length) / 1024.0);
    }

    private static long[] measure(Job job) throws Exception {
        for (int i = 0; i < WARM; i++) {
            job.run();
        }
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            job.run();
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return t;
    }

    private static void print(String metric, long[] sorted) {
        OUT.printf(Locale.ROOT, "BENCH documents %s_ms %.1f ms%n", metric, sorted[sorted.length / 2] / 1e6);
        OUT.printf(Locale.ROOT, "BENCH documents %s_p95_ms %.1f ms%n", metric, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }
}
