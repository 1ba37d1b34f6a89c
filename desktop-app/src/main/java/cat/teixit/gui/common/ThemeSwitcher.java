package cat.teixit.gui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import cat.teixit.logic.settings.Theme;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Applies the AtlantaFX light or dark theme to the whole application. Use from the FX thread. */
public final class ThemeSwitcher {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    public ThemeSwitcher(Theme initial) {
        theme.addListener((obs, old, now) -> Application.setUserAgentStylesheet(now == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
        theme.set(initial);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    public void toggle() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }
}
