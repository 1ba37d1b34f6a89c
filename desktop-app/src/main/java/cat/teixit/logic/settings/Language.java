package cat.teixit.logic.settings;

import java.util.Locale;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** The languages of the interface; Catalan is the default. */
@RequiredArgsConstructor
@Accessors(fluent = true)
public enum Language {
    CATALAN("ca"), SPANISH("es"), ENGLISH("en");

    @Getter
    private final String tag;

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
