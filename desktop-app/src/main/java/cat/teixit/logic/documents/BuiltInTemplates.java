package cat.teixit.logic.documents;

import cat.teixit.logic.settings.Language;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates that come with Teixit, in Catalan, Spanish and English. Each is one layout for the three
 * languages, resource {@code documents/templates/<key>.html} (first line {@code {# title: ... #}}), whose
 * {@code [[name]]} are its texts, given in {@code documents/templates/<key>.properties} as {@code name.<language>}.
 * A template in a language is its layout with the texts of that language put in: the text a user sees, edits and
 * exports, as if it had been written in that language. Immutable.
 */
public final class BuiltInTemplates {

    /** The keys of the built-in templates, in the order they are listed. */
    public static final List<String> KEYS = List.of("social-report", "appointment-letter", "plan-agreement",
            "data-consent", "referral-letter", "attendance-sheet", "participation-certificate", "aid-simulation");

    private static final String DIR = "/documents/templates/";
    /** A text in a layout: {@code [[name]]}. */
    private static final Pattern TEXT = Pattern.compile("\\[\\[([A-Za-z0-9]+)]]");

    private BuiltInTemplates() {
    }

    /** The title of built-in template {@code key} in {@code language}. */
    public static String title(String key, Language language) {
        TemplateSource t = load(key, language);
        return t == null ? key : t.title();
    }

    /** A built-in template's title and body; {@code null} when {@code key} is not one. */
    static TemplateSource load(String key, Language language) {
        if (!KEYS.contains(key)) {
            return null;
        }
        String text = inLanguage(key, language);
        return new TemplateSource(key, language, titleOf(text, key), text, 0, TemplateSource.Origin.BUILT_IN);
    }

    /** Built-in template {@code key}'s layout with its texts in {@code language}. */
    static String inLanguage(String key, Language language) {
        Properties texts = new Properties();
        try {
            texts.load(new StringReader(Layout.resource(DIR + key + ".properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TEXT.matcher(Layout.resource(DIR + key + ".html")).replaceAll(m -> {
            String text = texts.getProperty(m.group(1) + "." + language.tag());
            if (text == null) {
                throw new IllegalStateException("Template " + key + " has no text " + m.group(1) + " in "
                        + language.tag());
            }
            return Matcher.quoteReplacement(text);
        });
    }

    /** The title in a template's first line ({@code {# title: Informe social #}}), else {@code fallback}. */
    static String titleOf(String text, String fallback) {
        String first = text.lines().findFirst().orElse("").strip();
        if (first.startsWith("{# title:") && first.endsWith("#}")) {
            String t = first.substring("{# title:".length(), first.length() - 2).strip();
            return t.isEmpty() ? fallback : t;
        }
        return fallback;
    }
}
