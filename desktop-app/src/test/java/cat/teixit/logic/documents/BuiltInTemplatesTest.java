package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A built-in template's layout and its texts: every text in every language, none left over, none left out. */
class BuiltInTemplatesTest {

    private static final Pattern TEXT = Pattern.compile("\\[\\[([A-Za-z0-9]+)]]");

    @Test
    void everyTextOfALayoutIsGivenInEveryLanguageAndEveryGivenTextIsUsed() throws Exception {
        for (String key : BuiltInTemplates.KEYS) {
            Set<String> named = new HashSet<>();
            TEXT.matcher(Layout.resource("/documents/templates/" + key + ".html")).results()
                    .forEach(m -> named.add(m.group(1)));
            Properties texts = new Properties();
            texts.load(new StringReader(Layout.resource("/documents/templates/" + key + ".properties")));
            Set<String> expected = new HashSet<>();
            for (String name : named) {
                for (Language l : Language.values()) {
                    expected.add(name + "." + l.tag());
                }
            }
            assertThat(texts.stringPropertyNames()).as(key).isEqualTo(expected);
            for (Language l : Language.values()) {
                String body = BuiltInTemplates.load(key, l).body();
                assertThat(body).as("%s %s", key, l).doesNotContain("[[");
                assertThat(BuiltInTemplates.title(key, l)).as("%s %s", key, l).isNotEqualTo(key).doesNotContain("[");
            }
        }
    }

    @Test
    void aTemplateInALanguageIsItsLayoutWithThatLanguagesTexts() {
        assertThat(BuiltInTemplates.title("plan-agreement", Language.CATALAN)).isEqualTo("Acord del pla de treball");
        assertThat(BuiltInTemplates.title("plan-agreement", Language.ENGLISH)).isEqualTo("Intervention plan agreement");
        assertThat(BuiltInTemplates.load("social-report", Language.SPANISH).body())
                .contains("{{ person.birthDate | default(\"No consta\") }}").contains("<h2>1. Datos de la persona</h2>");
        assertThat(BuiltInTemplates.load("nope", Language.SPANISH)).isNull();
    }
}
