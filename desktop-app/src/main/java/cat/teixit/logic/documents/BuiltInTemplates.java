package cat.teixit.logic.documents;

import cat.teixit.logic.settings.Language;
import java.util.List;

/**
 * The templates that come with Teixit, in Catalan, Spanish and English: resources
 * {@code documents/templates/<key>.<language>.html}, whose first line is {@code {# title: ... #}}. Immutable.
 */
public final class BuiltInTemplates {

    /** The keys of the built-in templates, in the order they are listed. */
    public static final List<String> KEYS = List.of("social-report", "appointment-letter", "plan-agreement",
            "data-consent", "referral-letter", "attendance-sheet", "participation-certificate", "aid-simulation");

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
        String text = Layout.resource("/documents/templates/" + key + "." + language.tag() + ".html");
        return new TemplateSource(key, language, titleOf(text, key), text, 0, TemplateSource.Origin.BUILT_IN);
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
