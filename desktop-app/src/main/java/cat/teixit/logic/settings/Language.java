package cat.teixit.logic.settings;

import java.util.Locale;
import java.util.Optional;

/** The languages of the interface; Catalan is the default. */
public enum Language {
    CATALAN("ca"), SPANISH("es"), ENGLISH("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
