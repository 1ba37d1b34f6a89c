package cat.teixit.gui.common;

import cat.teixit.logic.settings.Language;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translated texts for the interface. Every label binds to a key, so switching language relabels
 * the open window at once. Bundles: {@code i18n/messages_{ca,es,en}.properties}. Use from the FX thread.
 */
public final class I18n {

    public static final String BUNDLE = "i18n.messages";
    /** Display zone: the users work in Catalonia; instants are stored in UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    /** Follows {@link #language} once its bundle is loaded: texts bind to this, never to the request. */
    private final ReadOnlyObjectWrapper<Language> shown = new ReadOnlyObjectWrapper<>();
    private ResourceBundle bundle;

    public I18n(Language initial) {
        language.addListener((obs, old, now) -> {
            bundle = load(now);
            // Controls that format by themselves (date pickers' calendars) follow the chosen language.
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, now.locale());
            shown.set(now);
        });
        language.set(initial);
    }

    public static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), I18n.class.getClassLoader(), NO_FALLBACK);
    }

    /** The language asked for (settings, login screen); set it to switch. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The language of the texts now loaded: the dependency for every translated binding. */
    public ReadOnlyObjectProperty<Language> shownLanguage() {
        return shown.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language l) {
        language.set(l);
    }

    /** The text for {@code key}, with {@code args} formatted for the current language. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.error("Missing translation key {}", key);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.get().locale()).format(args);
    }

    /** A binding that follows the language: for labels, titles, prompts. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> t(key, args), shown.getReadOnlyProperty());
    }

    /** A tooltip showing the text {@code key}, following the language. */
    public Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(bind(key));
        return tip;
    }

    /** The text of the key {@code key} holds, following the language; empty while it holds none. */
    public StringBinding bindKey(ObservableValue<String> key) {
        return Bindings.createStringBinding(() -> key.getValue() == null ? "" : t(key.getValue()), key,
                shown.getReadOnlyProperty());
    }

    /** The text {@code key} with {@code value} for its argument, following the language; empty while it is null. */
    public StringBinding bindWith(String key, ObservableValue<?> value) {
        return Bindings.createStringBinding(() -> value.getValue() == null ? "" : t(key, value.getValue()), value,
                shown.getReadOnlyProperty());
    }

    /** dd/MM/yyyy in ca and es, the locale's short form otherwise. */
    public String formatDate(LocalDate date) {
        return date.format(dateFormatter());
    }

    public DateTimeFormatter dateFormatter() {
        return switch (language.get()) {
            case CATALAN, SPANISH -> DateTimeFormatter.ofPattern("dd/MM/yyyy");
            case ENGLISH -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(language.get().locale());
        };
    }

    /** Makes a date picker show and read dates the way the user writes them (dd/mm/aaaa in ca and es). */
    public javafx.scene.control.DatePicker configure(javafx.scene.control.DatePicker picker) {
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(dateFormatter());
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText(language.get() == Language.ENGLISH ? "dd/mm/yyyy" : "dd/mm/aaaa");
        return picker;
    }

    /** Long date with weekday, e.g. "dimecres, 25 de novembre de 2026". */
    public String formatLongDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.get().locale()));
    }
}
