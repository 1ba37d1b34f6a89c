package cat.teixit.logic.documents;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the layout may end a line: openhtmltopdf's own choice (the JDK's line breaks, URLs broken at their slashes),
 * except inside a word joined by an apostrophe or a middle dot. The JDK breaks after a typographic apostrophe, so an
 * elided article or preposition ended a line alone ("d’ / acollida", which a Catalan reader takes for a typo); a
 * break between two letters around {@code ’ ' ʼ} or {@code ·} ("l’home", "s’ha", "don’t", "col·laboració") is never
 * offered. The text is unchanged (no joiner characters: they need a glyph in the embedded face, and the JDK breaks
 * after U+2060 WORD JOINER anyway; see decision 0045). One per render, not thread-safe.
 */
final class LineBreaks implements FSTextBreaker {

    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at != BreakIterator.DONE && joined(text, at)) {
            at = delegate.next();
        }
        return at;
    }

    /**
     * True when a line must not end before {@code at} in {@code text}: right after an apostrophe that follows a letter
     * and comes before one (an elision, a contraction), or on either side of a middle dot between letters (l·l).
     */
    static boolean joined(CharSequence text, int at) {
        if (at < 2 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (isApostrophe(before) || before == MIDDLE_DOT) {
            return Character.isLetter(text.charAt(at - 2)) && Character.isLetter(after);
        }
        return after == MIDDLE_DOT && Character.isLetter(before) && at + 1 < text.length()
                && Character.isLetter(text.charAt(at + 1));
    }

    private static final char MIDDLE_DOT = '\u00b7';

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\'' || c == '\u02bc';
    }
}
