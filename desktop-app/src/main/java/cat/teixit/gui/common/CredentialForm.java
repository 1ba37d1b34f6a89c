package cat.teixit.gui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the ViewModels of the credential screens (login, lock) share and {@link CredentialControls} shows: the
 * password typed, whether it is being checked, and the translation key of the last refusal. Use from the FX thread.
 */
public abstract class CredentialForm {

    protected final StringProperty password = new SimpleStringProperty("");
    protected final BooleanProperty busy = new SimpleBooleanProperty();
    protected final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Translation key of the last refusal, or null. */
    public ObjectProperty<String> errorKeyProperty() {
        return errorKey;
    }
}
