package cat.teixit.logic.signature;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;

/**
 * For the custodian (an expert, in a dispute): the pen data of a signed document, decrypted with the custodian's
 * private key, in signing order. Never used on a workstation, which has no such key.
 */
public final class PenDataReader {

    static final String PREFIX = "pen-data-";

    private PenDataReader() {
    }

    /** The encrypted pen data embedded in {@code pdf}, in signing order. */
    public static List<byte[]> envelopes(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = tree == null ? null : tree.getNames();
            List<byte[]> out = new ArrayList<>();
            if (files == null) {
                return out;
            }
            List<String> ours = files.keySet().stream().filter(n -> n.startsWith(PREFIX))
                    .sorted((a, b) -> Integer.compare(index(a), index(b))).toList();
            for (String name : ours) {
                out.add(files.get(name).getEmbeddedFile().toByteArray());
            }
            return out;
        }
    }

    /** Each signature's pen data, decrypted; fails if any cannot be (another key, a changed envelope). */
    public static List<PenData> read(byte[] pdf, PrivateKey custodianKey, X509Certificate custodian) throws IOException {
        List<PenData> out = new ArrayList<>();
        for (byte[] envelope : envelopes(pdf)) {
            out.add(PenData.parse(PenDataEnvelope.decrypt(envelope, custodianKey, custodian)));
        }
        return out;
    }

    private static int index(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return Integer.parseInt(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
