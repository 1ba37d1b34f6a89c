package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.signature.SignatureVerifier;
import cat.teixit.logic.signature.VerificationReport;
import cat.teixit.logic.signature.VerificationReport.Signature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code teixit verify FILE.pdf}: whether a document's seals hold, who signed, when and what. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks the seals of a signed PDF: each signature against the bytes it covers, and that "
                + "nothing but later signatures was added after one. Prints who signed, when, with which seal and "
                + "what was signed. Needs no data directory and no network."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:seal valid, document unchanged since its last signature",
            "1:unexpected failure (see the log)", "2:wrong usage",
            "20:seal broken: a signature does not match the document",
            "21:changed after signing: something that is not a signature was added",
            "22:no seal: a PDF without signatures", "23:not a PDF", "24:no such file"})
final class VerifyCommand extends Subcommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Parameters(paramLabel = "FILE.pdf", description = "The document to check.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = out();
        VerificationReport r = new SignatureVerifier().verify(file);
        out.printf("File: %s%n", file);
        if (r.document() != null) {
            out.printf("Document: %s, %d page(s), content before the first signature SHA-256 %s%n",
                    r.document().title() == null ? "(untitled)" : "\"" + r.document().title() + "\"",
                    r.document().pages(), r.document().contentSha256());
        }
        int n = 0;
        for (Signature s : r.signatures()) {
            n++;
            out.printf("Signature %d: %s%s, signed %s%n", n, s.signer() == null ? "(no name)" : s.signer(),
                    s.role() == null ? (s.reason() == null ? "" : " (" + s.reason() + ")") : " (" + s.role().code() + ")",
                    s.signedAt() == null ? "at an unknown time" : TIME.format(s.signedAt().atZone(ZoneId.systemDefault())));
            out.printf("  sealed by %s, certificate SHA-256 %s%n", s.sealedBy() == null ? "(unreadable)" : s.sealedBy(),
                    s.certificateSha256() == null ? "-" : s.certificateSha256());
            out.printf("  %s%n", s.intact() ? "intact" : "BROKEN: " + s.problem());
        }
        out.printf("Result: %s (%s)%n", verdict(r.status()), r.detail());
        return exitCode(r.status());
    }

    private static String verdict(VerificationReport.Status status) {
        return switch (status) {
            case VALID -> "SEAL VALID";
            case BROKEN -> "SEAL BROKEN";
            case CHANGED_AFTER_SIGNING -> "CHANGED AFTER SIGNING";
            case NO_SEAL -> "NO SEAL";
            case NOT_PDF -> "NOT A PDF";
            case NO_FILE -> "NO SUCH FILE";
        };
    }

    static int exitCode(VerificationReport.Status status) {
        return switch (status) {
            case VALID -> ExitCodes.OK;
            case BROKEN -> ExitCodes.SEAL_BROKEN;
            case CHANGED_AFTER_SIGNING -> ExitCodes.CHANGED_AFTER_SIGNING;
            case NO_SEAL -> ExitCodes.NO_SEAL;
            case NOT_PDF -> ExitCodes.NOT_PDF;
            case NO_FILE -> ExitCodes.NO_SUCH_FILE;
        };
    }
}
