package cat.teixit.logic.common;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amounts read as people write euros in each language, and read back from what they type. */
class AmountsTest {

    private static final String NBSP = "\u00a0";

    @Test
    void catalanShowsEurosAfterTheAmountWithAPointForThousands() {
        assertThat(Amounts.format(124_000L, Language.CATALAN)).isEqualTo("1.240,00" + NBSP + "€");
        assertThat(Amounts.format(7L, Language.CATALAN)).isEqualTo("0,07" + NBSP + "€");
        assertThat(Amounts.format(123_456_789L, Language.CATALAN)).isEqualTo("1.234.567,89" + NBSP + "€");
    }

    @Test
    void spanishShowsEurosLikeCatalanEvenForFourDigits() {
        assertThat(Amounts.format(124_000L, Language.SPANISH)).isEqualTo("1.240,00" + NBSP + "€");
        assertThat(Amounts.format(50L, Language.SPANISH)).isEqualTo("0,50" + NBSP + "€");
    }

    @Test
    void englishShowsTheEuroSignFirst() {
        assertThat(Amounts.format(124_000L, Language.ENGLISH)).isEqualTo("€1,240.00");
    }

    @Test
    void noLanguageShowsTheGenericCurrencySign() {
        for (Language l : Language.values()) {
            assertThat(Amounts.format(1L, l)).contains("€").doesNotContain("¤");
        }
        assertThat(Amounts.format((Long) null, Language.CATALAN)).isEmpty();
    }

    @Test
    void typedAmountsAreReadInEveryWayPeopleWriteThem() {
        assertThat(Amounts.parse("1240")).contains(124_000L);
        assertThat(Amounts.parse("1.240,5")).contains(124_050L);
        assertThat(Amounts.parse("1240,50 €")).contains(124_050L);
        assertThat(Amounts.parse("€1,240.50")).contains(124_050L);
        assertThat(Amounts.parse("13,75 €")).contains(1_375L);
        assertThat(Amounts.parse("0,07")).contains(7L);
        assertThat(Amounts.parse("1.240.000")).contains(124_000_000L);
        assertThat(Amounts.parse("1234.5")).as("a keypad's point").contains(123_450L);
        assertThat(Amounts.parse("12.5")).contains(1_250L);
        for (Language l : Language.values()) {
            assertThat(Amounts.parse(Amounts.format(123_456L, l))).as("what is shown reads back, %s", l)
                    .contains(123_456L);
        }
    }

    @Test
    void anythingElseIsNotAnAmount() {
        assertThat(Amounts.parse("1,234")).as("thousands here, decimals there: asked, not guessed").isEmpty();
        assertThat(Amounts.parse("1.240")).as("thousands here, decimals there: asked, not guessed").isEmpty();
        for (String bad : new String[] {"", " ", "-5", "12,345,6", "12,5,0", "abc", "12 euros", "0,001", "1..2", "1.234,567.8",
                "12345678901234567890", "1,2345", null}) {
            assertThat(Amounts.parse(bad)).as("'%s'", bad).isEqualTo(Optional.empty());
        }
    }
}
