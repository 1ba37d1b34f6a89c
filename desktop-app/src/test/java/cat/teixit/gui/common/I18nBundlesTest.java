package cat.teixit.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key in every language, every key used, every text a valid message pattern. */
class I18nBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(properties|db|log|lock|sql|css|png|pdf|csv|tmp)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Map<Language, ResourceBundle> bundles() {
        Map<Language, ResourceBundle> map = new TreeMap<>();
        for (Language l : Language.values()) {
            map.put(l, I18n.load(l));
        }
        return map;
    }

    private static Set<String> keys(ResourceBundle b) {
        return new TreeSet<>(b.keySet());
    }

    @Test
    void everyLanguageHasExactlyTheSameKeys() {
        Set<String> catalan = keys(I18n.load(Language.CATALAN));
        assertThat(catalan).isNotEmpty();
        bundles().forEach((lang, bundle) -> assertThat(keys(bundle)).as("keys of %s", lang)
                .containsExactlyInAnyOrderElementsOf(catalan));
    }

    @Test
    void bundlesDoNotFallBackToAnotherLanguage() {
        assertThat(I18n.load(Language.SPANISH).getString("area.home")).isEqualTo("Inicio");
        assertThat(I18n.load(Language.CATALAN).getString("area.home")).isEqualTo("Inici");
        assertThat(I18n.load(Language.ENGLISH).getString("area.home")).isEqualTo("Home");
    }

    @Test
    void countsAgreeWithTheirNoun() {
        String pattern = I18n.load(Language.CATALAN).getString("aid.scan.found");
        assertThat(MessageFormat.format(pattern, 1, 30)).startsWith("1 expedient potser té dret");
        assertThat(MessageFormat.format(pattern, 2, 30)).startsWith("2 expedients potser tenen dret");
        assertThat(MessageFormat.format(I18n.load(Language.ENGLISH).getString("aid.scan.found"), 1, 30))
                .startsWith("1 case file may qualify");
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        Set<String> used = literalsInSources();
        Set<String> unused = new TreeSet<>(keys(I18n.load(Language.CATALAN)));
        unused.removeAll(used);
        assertThat(unused).as("keys no code refers to").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = keys(I18n.load(Language.CATALAN));
        Set<String> prefixes = new HashSet<>();
        known.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (String literal : literalsInSources()) {
            String prefix = literal.substring(0, literal.indexOf('.'));
            if (prefixes.contains(prefix) && !known.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in code but absent from the bundles").isEmpty();
    }

    @Test
    void everyTextIsAValidMessagePatternWithTheSamePlaceholdersInEveryLanguage() {
        ResourceBundle ca = I18n.load(Language.CATALAN);
        bundles().forEach((lang, bundle) -> {
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertThat(text).as("%s in %s uses a plain apostrophe (MessageFormat eats it): use ’", key, lang)
                        .doesNotContain("'");
                new MessageFormat(text, lang.locale());
                assertThat(placeholders(text)).as("placeholders of %s in %s", key, lang)
                        .isEqualTo(placeholders(ca.getString(key)));
            }
        });
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> literalsInSources() throws IOException {
        Set<String> found = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            Matcher m = LITERAL.matcher(Files.readString(f));
            while (m.find()) {
                if (!FILE_NAME.matcher(m.group(1)).matches()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
