package cat.teixit.gui.common;

import cat.teixit.logic.casefile.CaseFileService;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Choice lists shared by the screens: how a choice is shown, the list of case files. Use from the FX thread. */
public final class Choices {

    private Choices() {
    }

    /** Shows each choice as {@code text} gives it, and no choice as empty; the lists are not typed into. */
    public static <T> StringConverter<T> shown(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * A choice list {@code id} of {@code values}, each shown as the translated text of the key {@code key} gives it
     * (in the language shown when the list is drawn).
     */
    @SafeVarargs
    public static <T> ComboBox<T> translated(I18n i18n, String id, Function<T, String> key, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(shown(v -> i18n.t(key.apply(v))));
        return box;
    }

    /** A cell of a list or a choice list showing each item as {@code text} gives it, and nothing where there is none. */
    public static <T> ListCell<T> cell(Function<T, String> text) {
        return cell(text, () -> null);
    }

    /** As {@link #cell(Function)}, showing {@code none} (read at each update) where there is no item. */
    public static <T> ListCell<T> cell(Function<T, String> text, Supplier<String> none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none.get() : text.apply(item));
            }
        };
    }

    /** A case file as a choice: its number and household ({@code 2025/0012 · Garcia Puig}). */
    public static String caseFile(CaseFileService.CaseFileSummary c) {
        return c.number() + " · " + c.householdName();
    }

    /** A list of the case files {@code items}, each shown by {@link #caseFile}, prompting {@code promptKey}. */
    public static ComboBox<CaseFileService.CaseFileSummary> caseFiles(String id,
            ObservableList<CaseFileService.CaseFileSummary> items, I18n i18n, String promptKey) {
        ComboBox<CaseFileService.CaseFileSummary> cases = new ComboBox<>(items);
        cases.setId(id);
        cases.promptTextProperty().bind(i18n.bind(promptKey));
        cases.setConverter(shown(Choices::caseFile));
        return cases;
    }
}
