package cat.teixit.logic.catalogue;

import cat.teixit.logic.settings.Language;

/** One code of a catalogue with its labels. Immutable. */
public record CodeEntry(Catalogue catalogue, String code, String labelCa, String labelEs, String parentCode,
        boolean active) {

    /** The label in {@code language}; Catalan when there is no translation (the official codes are Catalan). */
    public String label(Language language) {
        return language == Language.SPANISH && labelEs != null && !labelEs.isBlank() ? labelEs : labelCa;
    }
}
