package cat.teixit.logic.signature;

import cat.teixit.logic.signature.CapturedSignature.Point;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.SettingsFile;

/** What the signature tests share: a small PDF/A-3b, a signature as a pen draws it, demo keys made once, veraPDF. */
public final class SealFixtures {

    private static Path keysDir;
    private static boolean veraReady;

    private SealFixtures() {
    }

    /** A data directory with demo keys, made once per test JVM (RSA key generation takes a second). */
    public static synchronized Path demoDataDir() throws IOException {
        if (keysDir == null) {
            keysDir = Files.createTempDirectory("teixit-seal-keys");
            Path made = keysDir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(made)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a temporary directory left behind
                }
            }));
            SealKeys.load(new Preferences(new SettingsFile(keysDir)), keysDir, Map.of());
        }
        return keysDir;
    }

    public static SealKeys demoKeys() throws IOException {
        Path dir = demoDataDir();
        return SealKeys.load(new Preferences(new SettingsFile(dir)), dir, Map.of());
    }

    /** A PDF/A-3b of {@code pages} pages of Catalan text, titled {@code title}. */
    public static byte[] pdfA3b(String title, int pages) throws Exception {
        try (PDDocument doc = new PDDocument();
                InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(title + " · pàgina " + (p + 1));
                    cs.newLineAtOffset(0, -18);
                    cs.showText("La persona atesa i la professional acorden el pla d’intervenció: 1.250,00 €.");
                    cs.endText();
                }
            }
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, x, true);
            PDMetadata md = new PDMetadata(doc);
            md.importXMPMetadata(x.toByteArray());
            doc.getDocumentCatalog().setMetadata(md);
            doc.getDocumentInformation().setTitle(title);
            PDOutputIntent intent = new PDOutputIntent(doc,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A signature of two strokes as a pen would give it (250 points a second, some with pressure). */
    public static CapturedSignature signature(String name, SignerRole role) {
        List<List<Point>> strokes = new ArrayList<>();
        long t = 0;
        for (int s = 0; s < 2; s++) {
            List<Point> stroke = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                double x = 60 + s * 380 + i * 3;
                double y = 170 + 60 * Math.sin(i / 9.0 + s);
                stroke.add(new Point(x, y, t, i % 3 == 0 ? null : 0.3 + (i % 50) / 100.0));
                t += 4;
            }
            strokes.add(stroke);
            t += 300;
        }
        return new CapturedSignature(name, role, Instant.parse("2026-12-04T10:15:00Z"), 960, 340, strokes);
    }

    /** veraPDF's failed rules for PDF/A-3b (empty: compliant). */
    public static List<String> pdfA3bFailures(byte[] pdf) throws Exception {
        synchronized (SealFixtures.class) {
            if (!veraReady) {
                VeraGreenfieldFoundryProvider.initialise();
                veraReady = true;
            }
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult r = validator.validate(parser);
            return r.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }
}
