package cat.teixit.logic.common;

import cat.teixit.logic.settings.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The application's words in one language, from its bundles, for what the logic writes itself (printed reports,
 * agendas): a printout is made in the language asked for, whatever the window's. Immutable.
 */
public class BundleTexts {

    private final Language language;
    private final ResourceBundle bundle;

    public BundleTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n.messages", language.locale(), BundleTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public final Language language() {
        return language;
    }

    /** The text of {@code key}, with {@code args} when it has placeholders. */
    public final String t(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, language.locale()).format(args);
    }
}
