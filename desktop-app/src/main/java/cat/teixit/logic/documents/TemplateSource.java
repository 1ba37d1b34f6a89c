package cat.teixit.logic.documents;

import cat.teixit.logic.settings.Language;

/**
 * A template as it is used: its key (e.g. {@code social-report}), language, title, text (Pebble syntax,
 * XHTML markup), version (0 for a built-in one) and where it comes from. Immutable.
 */
public record TemplateSource(String key, Language language, String title, String body, int version, Origin origin) {

    /** Built into Teixit, or written by the team (synced). */
    public enum Origin {
        BUILT_IN, TEAM
    }
}
