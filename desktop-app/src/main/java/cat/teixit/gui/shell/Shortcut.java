package cat.teixit.gui.shell;

import javafx.scene.input.KeyCombination;

/** A window-wide keyboard shortcut of a feature, listed on the F1 sheet under {@code labelKey}. Immutable. */
public record Shortcut(String labelKey, KeyCombination keys, Runnable action) {
}
