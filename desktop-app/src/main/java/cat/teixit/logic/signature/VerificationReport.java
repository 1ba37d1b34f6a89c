package cat.teixit.logic.signature;

import java.time.Instant;
import java.util.List;

/**
 * What {@link SignatureVerifier} found in a file: one verdict for the whole file and what each signature says.
 *
 * @param status     the verdict; only {@link Status#VALID} means a sealed document unchanged since its last seal
 * @param detail     why, in English, for the log or the command line (no personal data)
 * @param document   what was signed: its title, pages and the SHA-256 of the content before the first signature
 *                   (null when the file is not a readable PDF)
 * @param signatures in the order they were added
 */
public record VerificationReport(Status status, String detail, Document document, List<Signature> signatures) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    /** The verdict on a file. */
    public enum Status {
        /** Every signature is intact, and nothing but signatures was added after the first. */
        VALID,
        /** A signature does not match the bytes it covers (a changed byte, a damaged signature). */
        BROKEN,
        /** The signatures are intact, but bytes that are not another signature were added or left unsigned. */
        CHANGED_AFTER_SIGNING,
        /** A PDF without any seal. */
        NO_SEAL,
        /** Not a readable PDF. */
        NOT_PDF,
        /** No such file. */
        NO_FILE
    }

    /**
     * What was signed.
     *
     * @param title         the document's title, or null
     * @param pages         its page count
     * @param contentSha256 hex SHA-256 of the file as it was before the first signature
     */
    public record Document(String title, int pages, String contentSha256) {
    }

    /**
     * One signature.
     *
     * @param signer          the name of who signed by hand (the dictionary's /Name), or null
     * @param role            the role, or null when the /Reason is not one of ours
     * @param reason          the /Reason as written
     * @param signedAt        the signing time (/M), or null
     * @param sealedBy        the subject of the sealing certificate, or null if unreadable
     * @param certificateSha256 hex SHA-256 of the sealing certificate, or null
     * @param intact          the signature matches the bytes it covers
     * @param problem         what is wrong with it, or null
     */
    public record Signature(String signer, SignerRole role, String reason, Instant signedAt, String sealedBy,
            String certificateSha256, boolean intact, String problem) {
    }

    /** True only for a sealed, unchanged document. */
    public boolean valid() {
        return status == Status.VALID;
    }
}
