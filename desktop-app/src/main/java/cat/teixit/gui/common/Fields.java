package cat.teixit.gui.common;

import java.time.LocalDate;
import javafx.beans.property.Property;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;

/** The screens' plain input fields, each with its id and bound both ways to a view model's value. Use from the FX thread. */
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

    /** A date picker {@code id} in the user's date format, showing {@code value} and setting it as the user chooses. */
    public static DatePicker date(I18n i18n, String id, Property<LocalDate> value) {
        DatePicker d = i18n.configure(new DatePicker());
        d.setId(id);
        d.valueProperty().bindBidirectional(value);
        return d;
    }
}
