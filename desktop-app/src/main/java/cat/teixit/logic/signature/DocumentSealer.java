package cat.teixit.logic.signature;

import cat.teixit.logic.signature.CapturedSignature.Point;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF for one signer, in one incremental update that keeps earlier signatures valid:
 * <ol>
 * <li>the captured strokes and the SHA-256 of the PDF as given ({@link PenData}) are encrypted for the
 * custodian ({@link PenDataEnvelope}) and embedded as a PDF/A-3 associated file ({@code /AFRelationship /Data},
 * listed in the catalog's {@code /AF} and the embedded files);</li>
 * <li>the strokes are drawn as a vector path in the signature field: the template's unsigned field named
 * {@link SignerRole#fieldName()} if there is one, else a box at the foot of the last page (the person's on the
 * left, the professional's on the right);</li>
 * <li>the whole is signed PAdES-B-B with the organisation's key: a detached CMS with signing-certificate-v2 and
 * no signing-time attribute; the signing time is the dictionary's {@code /M}, the signer's name its
 * {@code /Name} and the role its {@code /Reason}.</li>
 * </ol>
 * Thread-safe; a few milliseconds per document.
 */
public final class DocumentSealer {

    /** Most bytes a CMS signature may take (PAdES-B-B with a chain of a few certificates). */
    static final int MAX_CMS = 16_384;
    /** Tries to get an (EC) signature of the size reserved; RSA signatures always have it. */
    private static final int SIZE_TRIES = 64;
    private static final float BOX_HEIGHT = 80;

    private final SealKeys keys;
    private final Clock clock;
    /**
     * The size of this key's CMS signature, reserved exactly: Bouncy Castle 1.85+ (and so EU DSS) refuses a
     * signature followed by the zeros that pad a larger reservation. Without a signing-time attribute the size
     * does not depend on the document.
     */
    private final int cmsSize;

    public DocumentSealer(SealKeys keys, Clock clock) throws IOException {
        this.keys = keys;
        this.clock = clock;
        this.cmsSize = usualCmsSize();
        if (cmsSize > MAX_CMS) {
            throw new IOException("The seal's certificate chain is too large (" + cmsSize + " bytes)");
        }
    }

    public SealKeys keys() {
        return keys;
    }

    /**
     * The sealed document: {@code pdf} with this signer's signature added.
     *
     * @throws IOException when {@code pdf} is not a PDF that can be signed (encrypted, no pages, unreadable)
     */
    public byte[] seal(byte[] pdf, CapturedSignature signer) throws IOException {
        byte[] documentHash = Crypto.sha256(pdf);
        Calendar now = GregorianCalendar.from(clock.instant().atZone(ZoneOffset.UTC));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw new IOException("An encrypted PDF cannot be sealed");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new IOException("A PDF without pages cannot be sealed");
            }
            int index = doc.getSignatureDictionaries().size() + 1;
            byte[] envelope = PenDataEnvelope.encrypt(new PenData(Crypto.hex(documentHash), signer).toBytes(),
                    keys.custodian());
            attach(doc, envelope, PenDataReader.PREFIX + index + "-" + signer.role().code() + ".p7m", now);

            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(signer.signer());
            sig.setReason(signer.role().reason());
            sig.setSignDate(now);
            PDSignatureField reserved = reservedField(doc, signer.role());
            COSBase reservedRect = null;
            if (reserved != null) {
                reserved.getCOSObject().setItem(COSName.V, sig);
                reservedRect = reserved.getWidgets().getFirst().getCOSObject().getItem(COSName.RECT);
            }
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(cmsSize);
                options.setPage(pages - 1);
                doc.addSignature(sig, this::sizedCms, options);
            }
            PDSignatureField field = reserved != null ? reserved : fieldOf(doc, sig);
            if (reserved == null) {
                field.setPartialName("signature-" + index + "-" + signer.role().code());
            }
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            PDRectangle box;
            if (reserved != null) {
                // addSignature made it an invisible signature's [0 0 0 0]: the template's box, as it was
                widget.getCOSObject().setItem(COSName.RECT, reservedRect);
                box = widget.getRectangle();
            } else {
                box = defaultBox(doc.getPage(pages - 1), signer.role());
                widget.setRectangle(box);
            }
            widget.setAppearance(appearance(doc, signer, box));
            widget.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * cmsSize + 8192);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The size most signatures of this key have: always the same for RSA, varying by a byte or two for ECDSA. */
    private int usualCmsSize() throws IOException {
        int first = cms(new byte[0]).length;
        if ("RSA".equals(keys.signingKey().getAlgorithm())) {
            return first;
        }
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        counts.merge(first, 1, Integer::sum);
        for (int i = 1; i < 16; i++) {
            counts.merge(cms(new byte[0]).length, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** A CMS signature of exactly the size reserved. */
    private byte[] sizedCms(InputStream content) throws IOException {
        byte[] signed = content.readAllBytes();
        for (int i = 0; i < SIZE_TRIES; i++) {
            byte[] cms = cms(signed);
            if (cms.length == cmsSize) {
                return cms;
            }
        }
        throw new IOException("No signature of the reserved size (" + cmsSize + " bytes) could be made");
    }

    /** The CMS signature over the signed ranges (PAdES-B-B). */
    private byte[] cms(byte[] content) throws IOException {
        try {
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build());
            ESSCertIDv2 certId = new ESSCertIDv2(Crypto.sha256(keys.certificate().getEncoded()));
            AttributeTable extra = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            info.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(extra) {
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                protected Hashtable createStandardAttributeTable(Map parameters) {
                    Hashtable table = super.createStandardAttributeTable(parameters);
                    table.remove(CMSAttributes.signingTime); // PAdES baseline: the time is the dictionary's /M
                    return table;
                }
            });
            String algorithm = "EC".equals(keys.signingKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(info.build(
                    new JcaContentSignerBuilder(algorithm).setProvider(Crypto.BC).build(keys.signingKey()),
                    keys.certificate()));
            gen.addCertificates(new JcaCertStore(keys.chain()));
            return gen.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IOException("The document could not be signed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IOException("The document could not be signed: " + e.getMessage(), e);
        }
    }

    /** Embeds the encrypted pen data as an associated file of the document (PDF/A-3). */
    private static void attach(PDDocument doc, byte[] envelope, String name, Calendar now) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(envelope));
        file.setSubtype("application/pkcs7-mime");
        file.setSize(envelope.length);
        file.setCreationDate(now);
        file.setModDate(now);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Dades biomètriques de la signatura, xifrades per al custodi (CMS AuthEnvelopedData)");
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.getCOSObject().setNeedToBeUpdated(true);
        COSArray af = catalog.getCOSObject().getCOSArray(COSName.AF);
        COSArray newAf = new COSArray();
        if (af != null) {
            newAf.addAll(af);
        }
        newAf.add(spec);
        newAf.setDirect(true);
        catalog.getCOSObject().setItem(COSName.AF, newAf);

        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(catalog);
            names.getCOSObject().setDirect(true);
            catalog.setNames(names);
        }
        names.getCOSObject().setNeedToBeUpdated(true);
        PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
        Map<String, PDComplexFileSpecification> all = new TreeMap<>();
        if (tree == null) {
            tree = new PDEmbeddedFilesNameTreeNode();
            tree.getCOSObject().setDirect(true);
            names.setEmbeddedFiles(tree);
        } else {
            collect(tree, all);
            tree.getCOSObject().removeItem(COSName.KIDS);
        }
        all.put(name, spec);
        tree.setNames(all);
        tree.getCOSObject().setNeedToBeUpdated(true);
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, Map<String, PDComplexFileSpecification> into)
            throws IOException {
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            into.putAll(names);
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, into);
            }
        }
    }

    /** The template's unsigned signature field for this role, if it has one with a widget. */
    private static PDSignatureField reservedField(PDDocument doc, SignerRole role) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return null;
        }
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDSignatureField s && role.fieldName().equals(s.getPartialName()) && s.getSignature() == null
                    && !s.getWidgets().isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static PDSignatureField fieldOf(PDDocument doc, PDSignature sig) {
        for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
            if (f instanceof PDSignatureField s && s.getCOSObject().getDictionaryObject(COSName.V) == sig.getCOSObject()) {
                return s;
            }
        }
        throw new IllegalStateException("the signature field just added is missing");
    }

    /** At the foot of the page, in the left (person) or right (professional) half. */
    private static PDRectangle defaultBox(PDPage page, SignerRole role) {
        PDRectangle media = page.getCropBox();
        float margin = 42;
        float width = (media.getWidth() - 3 * margin) / 2;
        float x = media.getLowerLeftX() + margin + (role == SignerRole.PERSON ? 0 : width + margin);
        return new PDRectangle(x, media.getLowerLeftY() + 24, width, BOX_HEIGHT);
    }

    /** The strokes as one vector path, scaled to fit the box and centred, in dark blue. */
    private static PDAppearanceDictionary appearance(PDDocument doc, CapturedSignature s, PDRectangle box) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        float w = box.getWidth();
        float h = box.getHeight();
        stream.setBBox(new PDRectangle(w, h));
        stream.setResources(new PDResources());
        List<List<Point>> strokes = s.strokes();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (List<Point> stroke : strokes) {
            for (Point p : stroke) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        double pad = 4;
        double scale = Math.min((w - 2 * pad) / Math.max(1, maxX - minX), (h - 2 * pad) / Math.max(1, maxY - minY));
        double offX = (w - (maxX - minX) * scale) / 2;
        double offY = (h - (maxY - minY) * scale) / 2;
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            cs.setStrokingColor(11 / 255f, 31 / 255f, 68 / 255f);
            cs.setLineWidth(1.3f);
            cs.setLineCapStyle(1);
            cs.setLineJoinStyle(1);
            for (List<Point> stroke : strokes) {
                List<float[]> pts = new ArrayList<>(stroke.size());
                for (Point p : stroke) {
                    pts.add(new float[] {(float) (offX + (p.x() - minX) * scale), (float) (h - offY - (p.y() - minY) * scale)});
                }
                cs.moveTo(pts.getFirst()[0], pts.getFirst()[1]);
                if (pts.size() == 1) {
                    cs.lineTo(pts.getFirst()[0] + 0.01f, pts.getFirst()[1]);
                }
                for (int i = 1; i < pts.size(); i++) {
                    cs.lineTo(pts.get(i)[0], pts.get(i)[1]);
                }
            }
            cs.stroke();
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        return ap;
    }
}
