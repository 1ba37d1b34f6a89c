package cat.teixit.logic.signature;

import cat.teixit.logic.settings.Preferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;

/**
 * Signing and verifying documents: what the rest of the workstation calls. {@link #sign} seals a PDF/A-3 for one
 * handwritten signature (call it again on its result for the next signer); {@link #verify} says whether a file's
 * seals hold. The keys are read (demo ones made) on the first signature. Thread-safe.
 */
public final class SignatureService {

    private final Preferences preferences;
    private final Path dataDir;
    private final Map<String, String> env;
    private final Clock clock;
    private final SignatureVerifier verifier = new SignatureVerifier();
    private volatile DocumentSealer sealer;

    public SignatureService(Preferences preferences, Path dataDir, Map<String, String> env, Clock clock) {
        this.preferences = preferences;
        this.dataDir = dataDir;
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    /** The keys in use (made on first call in a demo set-up). */
    public SealKeys keys() throws IOException {
        return sealer().keys();
    }

    private DocumentSealer sealer() throws IOException {
        DocumentSealer s = sealer;
        if (s == null) {
            synchronized (this) {
                if (sealer == null) {
                    sealer = new DocumentSealer(SealKeys.load(preferences, dataDir, env), clock);
                }
                s = sealer;
            }
        }
        return s;
    }

    /** {@code pdf} sealed with {@code signer}'s signature. */
    public byte[] sign(byte[] pdf, CapturedSignature signer) throws IOException {
        return sealer().seal(pdf, signer);
    }

    /** Seals the PDF at {@code pdf} into {@code out} (written whole, then moved into place; may be {@code pdf}). */
    public Path sign(Path pdf, CapturedSignature signer, Path out) throws IOException {
        byte[] sealed = sign(Files.readAllBytes(pdf), signer);
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        Files.write(tmp, sealed);
        return Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** What the seals of the file at {@code file} say. */
    public VerificationReport verify(Path file) {
        return verifier.verify(file);
    }
}
