package cat.teixit.gui.common;

import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.catalogue.CodeEntry;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The code catalogues as the screens read them: the entries a list offers and a code's label in the
 * language shown. Reads the catalogues kept in memory, never the store, so it may be called on the FX
 * thread. Thread-safe.
 */
public final class Codes {

    private final CatalogueService catalogues;
    private final I18n i18n;

    public Codes(CatalogueService catalogues, I18n i18n) {
        this.catalogues = catalogues;
        this.i18n = i18n;
    }

    /** A choice list {@code id} of the codes {@code catalogue} offers, each shown by its label in the language shown. */
    public ComboBox<CodeEntry> choice(String id, Catalogue catalogue) {
        ComboBox<CodeEntry> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(offered(catalogue));
        box.setConverter(converter());
        return box;
    }

    /** Shows each code by its label in the language shown (no code: empty). */
    public StringConverter<CodeEntry> converter() {
        return Choices.shown(c -> c.label(i18n.language()));
    }

    /** The codes a list offers: the active ones. */
    public List<CodeEntry> offered(Catalogue catalogue) {
        return catalogues.active(catalogue);
    }

    public Optional<CodeEntry> find(Catalogue catalogue, String code) {
        return catalogues.find(catalogue, code);
    }

    /** The label of {@code code} in the language shown (the code itself when unknown; empty for none). */
    public String label(Catalogue catalogue, String code) {
        return code == null || code.isBlank() ? "" : catalogues.label(catalogue, code, i18n.language());
    }
}
