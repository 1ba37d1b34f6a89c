package cat.teixit.logic.signature;

import cat.teixit.logic.signature.VerificationReport.Document;
import cat.teixit.logic.signature.VerificationReport.Signature;
import cat.teixit.logic.signature.VerificationReport.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the seals of a PDF, on its bytes alone (no network, no trust list): each signature must match the
 * bytes it covers, its gap must be exactly its own {@code /Contents} (the only unsigned bytes), every update after
 * the first signature must only add signatures ({@link RevisionCheck}) and nothing may follow the last one.
 * Says who sealed (the certificate), who signed by hand, when and what. Thread-safe.
 */
public final class SignatureVerifier {

    private static final int MAX_BYTES = 512 * 1024 * 1024;

    /** The report on a file; never throws for a bad file (that is a verdict). */
    public VerificationReport verify(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new VerificationReport(Status.NOT_PDF, "file larger than 512 MB", null, List.of());
            }
            return verify(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new VerificationReport(Status.NO_FILE, "no such file", null, List.of());
        } catch (IOException e) {
            return new VerificationReport(Files.exists(file) ? Status.NOT_PDF : Status.NO_FILE,
                    "file unreadable: " + e.getClass().getSimpleName(), null, List.of());
        }
    }

    /** The report on a PDF's bytes. */
    public VerificationReport verify(byte[] bytes) {
        if (!startsLikePdf(bytes)) {
            return new VerificationReport(Status.NOT_PDF, "no PDF header", null, List.of());
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            if (sigs.isEmpty()) {
                return new VerificationReport(Status.NO_SEAL, "no signature", new Document(title, doc.getNumberOfPages(),
                        Crypto.hex(Crypto.sha256(bytes))), List.of());
            }
            List<Checked> checked = new ArrayList<>();
            for (PDSignature sig : sigs) {
                checked.add(check(bytes, doc, sig));
            }
            checked.sort(Comparator.comparingLong(Checked::end));
            Document document = new Document(title, doc.getNumberOfPages(),
                    Crypto.hex(Crypto.sha256(Arrays.copyOf(bytes, originalLength(bytes, checked.getFirst().gapStart())))));
            List<Signature> out = checked.stream().map(Checked::signature).toList();
            for (Checked c : checked) {
                if (!c.signature().intact()) {
                    return new VerificationReport(Status.BROKEN, c.signature().problem(), document, out);
                }
            }
            for (Checked c : checked) {
                if (c.unsigned() != null) {
                    return new VerificationReport(Status.CHANGED_AFTER_SIGNING, c.unsigned(), document, out);
                }
            }
            for (int i = 1; i < checked.size(); i++) {
                long prev = checked.get(i - 1).end();
                if (prev == checked.get(i).end()) {
                    return new VerificationReport(Status.BROKEN, "two signatures cover the same bytes", document, out);
                }
                String why = RevisionCheck.onlyAddsSignatures(bytes, (int) prev, (int) checked.get(i).end());
                if (why != null) {
                    return new VerificationReport(Status.CHANGED_AFTER_SIGNING, "after signature " + i + ", " + why,
                            document, out);
                }
            }
            long last = checked.getLast().end();
            if (last != bytes.length) {
                return new VerificationReport(Status.CHANGED_AFTER_SIGNING,
                        (bytes.length - last) + " bytes added after the last signature", document, out);
            }
            return new VerificationReport(Status.VALID, checked.size() + " signature(s) intact, nothing changed since",
                    document, out);
        } catch (IOException | RuntimeException e) {
            return new VerificationReport(Status.NOT_PDF, "not a readable PDF: " + e.getClass().getSimpleName(), null,
                    List.of());
        }
    }

    private record Checked(Signature signature, long end, int gapStart, String unsigned) {
    }

    private static Checked check(byte[] file, PDDocument doc, PDSignature sig) {
        String signer = sig.getName();
        String reason = sig.getReason();
        Calendar m = sig.getSignDate();
        Instant signedAt = m == null ? null : m.toInstant();
        SignerRole role = SignerRole.fromReason(reason);
        int[] br = sig.getByteRange();
        if (br == null || br.length != 4 || br[0] != 0 || br[1] <= 0 || br[2] <= br[1] + 1 || br[3] < 0
                || (long) br[2] + br[3] > file.length) {
            return new Checked(new Signature(signer, role, reason, signedAt, null, null, false, "malformed byte range"),
                    Long.MAX_VALUE, 0, null);
        }
        long end = (long) br[2] + br[3];
        String subject = null;
        String certHash = null;
        try {
            if (file[br[1]] != '<' || file[br[2] - 1] != '>') {
                throw new SealException("the unsigned gap is not a hexadecimal string");
            }
            byte[] gap = hexGap(file, br[1] + 1, br[2] - 1);
            if (!Arrays.equals(gap, sig.getContents())) {
                throw new SealException("the unsigned gap is not the signature's /Contents");
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes(file, br)), trimDer(gap));
            if (cms.getSignerInfos().size() != 1) {
                throw new SealException("not exactly one signer");
            }
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(si.getSID());
            if (matches.isEmpty()) {
                throw new SealException("the sealing certificate is not in the signature");
            }
            X509CertificateHolder cert = (X509CertificateHolder) matches.iterator().next();
            subject = cert.getSubject().toString();
            byte[] certDigest = Crypto.sha256(cert.getEncoded());
            certHash = Crypto.hex(certDigest);
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.BC).build(cert))) {
                throw new SealException("the signature does not match the document");
            }
            if (!signingCertificateMatches(si, certDigest)) {
                throw new SealException("the signing-certificate attribute does not name the sealing certificate");
            }
        } catch (SealException e) {
            return new Checked(new Signature(signer, role, reason, signedAt, subject, certHash, false, e.getMessage()),
                    end, br[1], null);
        } catch (Exception e) {
            return new Checked(new Signature(signer, role, reason, signedAt, subject, certHash, false,
                    "the signature does not match the document (" + e.getClass().getSimpleName() + ")"), end, br[1], null);
        }
        return new Checked(new Signature(signer, role, reason, signedAt, subject, certHash, true, null), end, br[1],
                gapOutsideOwnDictionary(file, doc, sig, br));
    }

    /** Null when the gap lies inside the signature dictionary's own object (so the rest of it is signed). */
    private static String gapOutsideOwnDictionary(byte[] file, PDDocument doc, PDSignature sig, int[] br) {
        COSObjectKey key = sig.getCOSObject().getKey();
        Map<COSObjectKey, Long> xref = doc.getDocument().getXrefTable();
        Long offset = key == null ? null : xref.get(key);
        if (offset == null || offset <= 0) {
            return "the signature dictionary is not a plain object of the file";
        }
        int endobj = indexOf(file, "endobj".getBytes(StandardCharsets.US_ASCII), offset.intValue());
        if (!(offset < br[1] && br[2] < endobj && endobj < (long) br[2] + br[3])) {
            return "the signature dictionary in use is not the one signed";
        }
        return null;
    }

    private static boolean signingCertificateMatches(SignerInformation si, byte[] certDigest) {
        if (si.getSignedAttributes() == null) {
            return false;
        }
        Attribute a = si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return false;
        }
        for (ASN1Encodable v : a.getAttrValues()) {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(v).getCerts();
            if (ids.length > 0 && "2.16.840.1.101.3.4.2.1".equals(ids[0].getHashAlgorithm().getAlgorithm().getId())
                    && MessageDigest.isEqual(ids[0].getCertHash(), certDigest)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] signedBytes(byte[] file, int[] br) {
        byte[] out = new byte[br[1] + br[3]];
        System.arraycopy(file, 0, out, 0, br[1]);
        System.arraycopy(file, br[2], out, br[1], br[3]);
        return out;
    }

    private static byte[] hexGap(byte[] file, int from, int to) throws SealException {
        if ((to - from) % 2 != 0) {
            throw new SealException("the unsigned gap has an odd length");
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(file[i], 16) < 0) {
                throw new SealException("the unsigned gap holds other bytes than the signature");
            }
        }
        return HexFormat.of().parseHex(new String(file, from, to - from, StandardCharsets.US_ASCII));
    }

    /** The DER value without the zeros that pad the reserved space (Bouncy Castle refuses trailing data). */
    static byte[] trimDer(byte[] b) throws SealException {
        if (b.length < 2 || b[0] != 0x30) {
            throw new SealException("the signature is not a DER sequence");
        }
        int len;
        int header;
        if ((b[1] & 0x80) == 0) {
            len = b[1];
            header = 2;
        } else {
            int n = b[1] & 0x7f;
            if (n == 0 || n > 4 || b.length < 2 + n) {
                throw new SealException("the signature's length is malformed");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (b[2 + i] & 0xff);
            }
            header = 2 + n;
        }
        long total = (long) header + len;
        if (len < 0 || total > b.length) {
            throw new SealException("the signature is longer than its space");
        }
        for (int i = (int) total; i < b.length; i++) {
            if (b[i] != 0) {
                throw new SealException("bytes after the signature in its space");
            }
        }
        return Arrays.copyOf(b, (int) total);
    }

    private static boolean startsLikePdf(byte[] b) {
        return indexOf(Arrays.copyOf(b, Math.min(b.length, 1024)), "%PDF-".getBytes(StandardCharsets.US_ASCII), 0) >= 0;
    }

    /** The length of the file before the first signature's update: up to the last %%EOF and its line end. */
    private static int originalLength(byte[] file, int before) {
        byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        int found = -1;
        for (int i = indexOf(file, eof, 0); i >= 0 && i < before; i = indexOf(file, eof, i + 1)) {
            found = i;
        }
        if (found < 0) {
            return before;
        }
        int end = found + eof.length;
        if (end + 1 < file.length && file[end] == '\r' && file[end + 1] == '\n') {
            return end + 2;
        }
        return end < file.length && (file[end] == '\r' || file[end] == '\n') ? end + 1 : end;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static final class SealException extends Exception {
        SealException(String message) {
            super(message);
        }
    }
}
