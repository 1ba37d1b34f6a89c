package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Logging;
import cat.teixit.app.Version;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PdfPages;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.signature.SampleSignature;
import cat.teixit.logic.signature.SignerRole;
import cat.teixit.logic.signature.VerificationReport;
import cat.teixit.persistence.InstanceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code teixit self-test}: checks an installation without touching anyone's data. In a new temporary directory it
 * creates and migrates a store, seeds the fictitious demo data, logs in, renders a document to PDF/A and reads it
 * back, seals it with a sample signature and verifies the seal; then removes the directory. For the IT department after installing or upgrading, and for the installer's CI.
 */
@Command(name = "self-test", mixinStandardHelpOptions = true,
        description = {"Checks this installation without touching any data: a new store in a temporary directory "
            + "(created, migrated, seeded with fictitious demo data), a login, a document rendered to PDF/A, sealed "
            + "with a sample signature and its seal verified; then everything is removed. One line per check on "
            + "standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a check failed (named on standard error; details in the log)"})
final class SelfTestCommand extends Subcommand {

    private static final String TEMPLATE = "social-report";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        out.printf("Teixit %s on Java %s (%s)%n", Version.current(), Runtime.version(), System.getProperty("java.home"));
        Path dir = Files.createTempDirectory("teixit-self-test");
        String step = "store";
        try (Workstation w = Workstation.openDemoStoreAs(dir, InstanceLock.acquire(dir), "laia",
                DemoSeeder.DEMO_PASSWORD.toCharArray())) {
            Logging.toFile(dir);
            out.println("ok   store created, migrated and seeded with the demo data");
            step = "login";
            char[] password = DemoSeeder.DEMO_PASSWORD.toCharArray();
            if (!(w.auth().login("laia", password) instanceof LoginResult.Success login)) {
                err.println("FAIL login: the demo user was refused");
                return ExitCodes.FAILURE;
            }
            out.println("ok   login");
            step = "document";
            DocumentService docs = w.documents();
            List<DocumentService.CaseRef> cases = docs.openCaseFiles(login.user());
            if (cases.isEmpty()) {
                err.println("FAIL document: the demo data has no open case file");
                return ExitCodes.FAILURE;
            }
            DocumentService.Rendered r = docs.render(login.user(), TEMPLATE, Language.CATALAN, cases.getFirst().id(), Map.of());
            int pages = PdfPages.count(r.pdf());
            if (pages < 1) {
                err.println("FAIL document: the rendered PDF has no page");
                return ExitCodes.FAILURE;
            }
            out.printf("ok   document rendered to PDF/A (%d pages, %,d bytes)%n", pages, r.pdf().length);
            // The installation's cryptography (BouncyCastle, as the package ships it): seal, then check the seal.
            step = "signature";
            Path sealed = Files.write(dir.resolve("sealed.pdf"),
                    w.signatures().sign(r.pdf(), SampleSignature.of("Prova d’instal·lació", SignerRole.PERSON)));
            VerificationReport check = w.signatures().verify(sealed);
            if (check.status() != VerificationReport.Status.VALID) {
                err.println("FAIL signature: the sealed document does not verify (" + check.status() + ")");
                return ExitCodes.FAILURE;
            }
            out.println("ok   document sealed with a sample signature and the seal verified");
            return ExitCodes.OK;
        } catch (Exception e) {
            err.println("FAIL " + step + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        } finally {
            removeAll(dir);
        }
    }

    private static void removeAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
