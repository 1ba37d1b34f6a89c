package cat.teixit.logic.documents;

import cat.teixit.logic.settings.Language;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A printout's page body that is not a document template (a report, an agenda): a Pebble resource of the
 * application, every value escaped, filled into XHTML for {@link DocumentService#renderPage}. Immutable, thread-safe.
 */
public final class PageTemplate {

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder().loader(new StringLoader())
            .strictVariables(true).autoEscaping(true).defaultEscapingStrategy("html").newLineTrimming(false).build();

    private final PebbleTemplate template;

    private PageTemplate(PebbleTemplate template) {
        this.template = template;
    }

    /** The template in resource {@code path} (e.g. {@code /reports/report.peb}). */
    public static PageTemplate of(String path) {
        try (InputStream in = PageTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new PageTemplate(ENGINE.getTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML fragment for {@code model}. */
    public String fill(Map<String, Object> model, Language language) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, language.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
