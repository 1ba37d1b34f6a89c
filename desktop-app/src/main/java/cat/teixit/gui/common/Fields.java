package cat.teixit.gui.common;

import java.time.LocalDate;
import javafx.beans.property.Property;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;

/**
 * The screens' plain input fields: bound both ways to a view model's value, or empty with a translated prompt.
 * Use from the FX thread.
 */
public final class Fields {

    private Fields() {
    }

    /** A text field {@code id} showing {@code value} and setting it as the user types. */
    public static TextField text(String id, Property<String> value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    /**
     * An empty text field {@code id} (none when null) whose prompt is the translated text {@code promptKey},
     * following the language; the screen reads and clears it itself.
     */
    public static TextField prompted(I18n i18n, String id, String promptKey) {
        TextField t = new TextField();
        t.setId(id);
        t.promptTextProperty().bind(i18n.bind(promptKey));
        return t;
    }

    /** A date picker {@code id} in the user's date format, showing {@code value} and setting it as the user chooses. */
    public static DatePicker date(I18n i18n, String id, Property<LocalDate> value) {
        DatePicker d = i18n.configure(new DatePicker());
        d.setId(id);
        d.valueProperty().bindBidirectional(value);
        return d;
    }
}
