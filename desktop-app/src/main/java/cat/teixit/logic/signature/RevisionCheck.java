package cat.teixit.logic.signature;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether an incremental update only adds a signature (a later signer's seal), so that an earlier signature,
 * which no longer covers the whole file, still vouches for everything shown. Compares the objects the update
 * redefines with their previous versions; allowed are only: the catalog's {@code /AcroForm}, {@code /AF} and
 * the embedded files' name tree growing by signature fields and associated files, pages' {@code /Annots}
 * growing by signature widgets, and an empty signature field getting its signature and appearance. Anything
 * else (page content, resources, another annotation, scripts, a removed object, a new catalog) is a change.
 */
final class RevisionCheck {

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final Set<COSName> CATALOG_KEYS = Set.of(COSName.ACRO_FORM, COSName.AF, COSName.NAMES);
    private static final Set<COSName> ACROFORM_KEYS = Set.of(COSName.FIELDS, COSName.SIG_FLAGS);
    private static final Set<COSName> NAME_TREE_KEYS = Set.of(COSName.NAMES, COSName.KIDS, COSName.LIMITS);
    private static final Set<COSName> SIGNED_FIELD_KEYS = Set.of(COSName.V, COSName.AP, COSName.F);

    private RevisionCheck() {
    }

    /** Null when the bytes from {@code prevEnd} to {@code nextEnd} only add signatures; else what else they do. */
    static String onlyAddsSignatures(byte[] file, int prevEnd, int nextEnd) throws IOException {
        try (PDDocument prev = Loader.loadPDF(Arrays.copyOf(file, prevEnd));
                PDDocument next = Loader.loadPDF(Arrays.copyOf(file, nextEnd))) {
            COSDocument p = prev.getDocument();
            COSDocument n = next.getDocument();
            COSObjectKey root = keyOf(p.getTrailer().getItem(COSName.ROOT));
            if (root == null || !root.equals(keyOf(n.getTrailer().getItem(COSName.ROOT)))) {
                return "the update replaces the document catalog";
            }
            if (!Objects.equals(keyOf(p.getTrailer().getItem(COSName.INFO)), keyOf(n.getTrailer().getItem(COSName.INFO)))
                    || n.getTrailer().containsKey(COSName.ENCRYPT)) {
                return "the update changes the trailer";
            }
            Set<COSObjectKey> embeddedTree = new HashSet<>();
            COSBase namesRef = n.getObjectFromPool(root).getObject() instanceof COSDictionary c ? c.getItem(COSName.NAMES) : null;
            COSObjectKey namesKey = keyOf(namesRef);
            COSBase names = namesRef instanceof COSObject o ? o.getObject() : namesRef;
            nameTreeKeys(names instanceof COSDictionary d ? d.getItem(COSName.EMBEDDED_FILES) : null, embeddedTree, 0);
            Map<COSObjectKey, Long> px = p.getXrefTable();
            Map<COSObjectKey, Long> nx = n.getXrefTable();
            for (Map.Entry<COSObjectKey, Long> e : px.entrySet()) {
                Long now = nx.get(e.getKey());
                if (now == null) {
                    return "the update removes object " + e.getKey().getNumber();
                }
                if (now.equals(e.getValue())) {
                    continue;
                }
                COSBase before = p.getObjectFromPool(e.getKey()).getObject();
                COSBase after = n.getObjectFromPool(e.getKey()).getObject();
                String why = e.getKey().equals(namesKey)
                        ? (before instanceof COSDictionary a && after instanceof COSDictionary b
                                && Set.of(COSName.EMBEDDED_FILES).containsAll(differing(a, b)) ? null : "name trees")
                        : changeAllowed(e.getKey().equals(root), embeddedTree.contains(e.getKey()), before, after);
                if (why != null) {
                    return "the update changes object " + e.getKey().getNumber() + ": " + why;
                }
            }
            return null;
        }
    }

    private static String changeAllowed(boolean isRoot, boolean inEmbeddedTree, COSBase before, COSBase after) {
        if (before instanceof COSArray a && after instanceof COSArray b) {
            return grows(a, b, e -> isSignatureWidget(e) || isSignatureField(e) || isAssociatedFile(e)) ? null
                    : "an array that does not only grow by signatures";
        }
        if (!(before instanceof COSDictionary a) || !(after instanceof COSDictionary b) || a instanceof COSStream
                || b instanceof COSStream) {
            return "content changed";
        }
        Set<COSName> diff = differing(a, b);
        if (diff.isEmpty()) {
            return null; // written again unchanged
        }
        if (isRoot) {
            if (!CATALOG_KEYS.containsAll(diff)) {
                return "catalog entries " + diff;
            }
            COSDictionary fa = dict(a, COSName.ACRO_FORM);
            COSDictionary fb = dict(b, COSName.ACRO_FORM);
            if (fb != null && fa != null) {
                if (!ACROFORM_KEYS.containsAll(differing(fa, fb))
                        || !grows(array(fa, COSName.FIELDS), array(fb, COSName.FIELDS), RevisionCheck::isSignatureField)) {
                    return "form fields other than signatures";
                }
            } else if (fa != null) {
                return "the form removed";
            } else if (fb != null && !grows(new COSArray(), array(fb, COSName.FIELDS), RevisionCheck::isSignatureField)) {
                return "form fields other than signatures";
            }
            if (!grows(array(a, COSName.AF), array(b, COSName.AF), RevisionCheck::isAssociatedFile)) {
                return "associated files other than pen data";
            }
            COSDictionary na = dict(a, COSName.NAMES);
            COSDictionary nb = dict(b, COSName.NAMES);
            if (nb == null ? na != null : !Set.of(COSName.EMBEDDED_FILES).containsAll(differing(na == null ? new COSDictionary() : na, nb))) {
                return "name trees other than embedded files";
            }
            return null;
        }
        if (COSName.PAGE.equals(b.getCOSName(COSName.TYPE))) {
            return Set.of(COSName.ANNOTS).containsAll(diff)
                    && grows(array(a, COSName.ANNOTS), array(b, COSName.ANNOTS), RevisionCheck::isSignatureWidget) ? null
                    : "page content or annotations other than signatures";
        }
        if (inEmbeddedTree) {
            return NAME_TREE_KEYS.containsAll(diff) ? null : "embedded files tree";
        }
        if (isSignatureField(b) && a.getDictionaryObject(COSName.V) == null && SIGNED_FIELD_KEYS.containsAll(diff)) {
            return null;
        }
        if (!b.containsKey(COSName.TYPE) && b.containsKey(COSName.FIELDS) && ACROFORM_KEYS.containsAll(diff)
                && grows(array(a, COSName.FIELDS), array(b, COSName.FIELDS), RevisionCheck::isSignatureField)) {
            return null;
        }
        return "entries " + diff;
    }

    /** {@code after} holds {@code before}'s elements first, in order, then only elements that pass {@code added}. */
    private static boolean grows(COSArray before, COSArray after, Predicate<COSDictionary> added) {
        COSArray a = before == null ? new COSArray() : before;
        COSArray b = after == null ? new COSArray() : after;
        if (b.size() < a.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        for (int i = a.size(); i < b.size(); i++) {
            if (!(b.getObject(i) instanceof COSDictionary d) || !added.test(d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSignatureField(COSDictionary d) {
        return COSName.SIG.equals(d.getCOSName(COSName.FT));
    }

    private static boolean isSignatureWidget(COSDictionary d) {
        if (!COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        COSDictionary parent = d.getCOSDictionary(COSName.PARENT);
        return isSignatureField(d) || (parent != null && isSignatureField(parent));
    }

    private static boolean isAssociatedFile(COSDictionary d) {
        return d.containsKey(COSName.EF) && COSName.getPDFName("Data").equals(d.getCOSName(AF_RELATIONSHIP));
    }

    private static Set<COSName> differing(COSDictionary a, COSDictionary b) {
        Set<COSName> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeIf(k -> same(a.getItem(k), b.getItem(k)));
        return keys;
    }

    /** Same value: references to the same object, or equal direct values. */
    private static boolean same(COSBase a, COSBase b) {
        if (a instanceof COSObject x && b instanceof COSObject y) {
            return Objects.equals(x.getKey(), y.getKey());
        }
        if (a == null || b == null || a instanceof COSObject || b instanceof COSObject) {
            return a == b;
        }
        if (a.getKey() != null || b.getKey() != null) {
            return Objects.equals(a.getKey(), b.getKey());
        }
        if (a instanceof COSStream || b instanceof COSStream) {
            return a == b;
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            return x.keySet().equals(y.keySet()) && differing(x, y).isEmpty();
        }
        return a.equals(b);
    }

    private static void nameTreeKeys(COSBase node, Set<COSObjectKey> into, int depth) {
        if (node == null || depth > 32) {
            return;
        }
        COSObjectKey key = keyOf(node);
        if (key != null) {
            into.add(key);
        }
        COSBase resolved = node instanceof COSObject o ? o.getObject() : node;
        if (resolved instanceof COSDictionary d && d.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                nameTreeKeys(kids.get(i), into, depth + 1);
            }
        }
    }

    private static COSObjectKey keyOf(COSBase b) {
        if (b instanceof COSObject o) {
            return o.getKey();
        }
        return b == null ? null : b.getKey();
    }

    private static COSDictionary dict(COSBase owner, COSName key) {
        return owner instanceof COSDictionary d && d.getDictionaryObject(key) instanceof COSDictionary v ? v : null;
    }

    private static COSArray array(COSDictionary owner, COSName key) {
        return owner.getDictionaryObject(key) instanceof COSArray a ? a : null;
    }
}
