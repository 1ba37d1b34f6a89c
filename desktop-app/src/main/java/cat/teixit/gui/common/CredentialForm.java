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

    public final StringProperty password = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();
    /** Translation key of the last refusal, or null. */
    public final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
}
