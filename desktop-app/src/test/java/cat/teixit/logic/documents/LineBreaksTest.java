package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A line never ends after an elided article (d’, l’, s’, n’, m’, t’) nor inside "l·l"; spaces still break. */
class LineBreaksTest {

    /** The pieces a line may end after. */
    private static List<String> pieces(String text) {
        LineBreaks breaks = new LineBreaks();
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = breaks.next(); at != -1; at = breaks.next()) {
            out.add(text.substring(from, at));
            from = at;
        }
        return out;
    }

    @Test
    void anElidedWordStaysWithTheWordItLeansOn() {
        assertThat(pieces("Servei d’acollida de l’Ajuntament: s’ha fet, n’hi ha, m’ho diu, t’ho dic."))
                .containsExactly("Servei ", "d’acollida ", "de ", "l’Ajuntament: ", "s’ha ", "fet, ", "n’hi ", "ha, ",
                        "m’ho ", "diu, ", "t’ho ", "dic.");
        assertThat(pieces("D'ACOLLIDA l'home lʼaigua")).containsExactly("D'ACOLLIDA ", "l'home ", "lʼaigua");
        assertThat(pieces("col·laboració il·legal L·L")).containsExactly("col·laboració ", "il·legal ", "L·L");
    }

    @Test
    void otherBreaksStay() {
        // A closing quotation mark still lets the line break at the space after it; a dash, a slash too.
        assertThat(pieces("‘acollida’ i ‘inclusió’")).containsExactly("‘acollida’ ", "i ", "‘inclusió’");
        assertThat(pieces("don’t stop")).containsExactly("don’t ", "stop");
        assertThat(pieces("mare-filla")).containsExactly("mare-", "filla");
        assertThat(LineBreaks.joined("d’", 2)).isFalse();
        assertThat(LineBreaks.joined("’a", 1)).isFalse();
        assertThat(LineBreaks.joined("a ·b", 3)).isFalse();
    }

    @Test
    void aNarrowColumnOfElisionsNeverEndsALineOnOne() throws Exception {
        String phrase = "Servei d’acollida i d’orientació de l’Ajuntament, que s’ocupa de la col·laboració amb l’escola"
                + " i n’informa l’equip. ";
        String body = "<div style=\"width: 32mm;\"><p>" + phrase.repeat(12) + "</p></div>"
                + "<table style=\"width: 60mm;\"><tr><td>" + phrase.repeat(4) + "</td><td>" + phrase.repeat(4)
                + "</td></tr></table>";
        byte[] pdf = new PdfRenderer().render(body, "Prova", Language.CATALAN, "0",
                new Layout.Council("Ajuntament de Prova", "Plaça Major, 1", null));
        List<String> lines;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            lines = new PDFTextStripper().getText(doc).lines().map(String::strip).toList();
        }
        assertThat(lines.stream().filter(l -> l.contains("acollida")).count()).as("the phrase is laid out").isGreaterThan(10);
        assertThat(lines).as("no line ends on an elision or a middle dot").noneMatch(l -> l.matches(".*\\b[dlsnmt]’$"))
                .noneMatch(l -> l.endsWith("·")).noneMatch(l -> l.matches("^·.*"));
    }
}
