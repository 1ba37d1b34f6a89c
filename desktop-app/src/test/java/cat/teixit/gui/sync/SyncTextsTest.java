package cat.teixit.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.I18n;
import cat.teixit.logic.settings.Language;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conflicts show values as people read them, and the merge box offers dates the service reads back. */
class SyncTextsTest {

    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private final SyncTexts ca = new SyncTexts(new I18n(Language.CATALAN));

    @AfterEach
    void restoreLocale() {
        // I18n sets the default format locale (for date pickers); other tests in this JVM expect theirs.
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
    }

    @Test
    void datesAndMomentsAreShownAsPeopleWriteThem() {
        assertThat(ca.value("birth_date", "1980-05-17")).isEqualTo("17/05/1980");
        assertThat(ca.value("review_on", "2026-12-01")).isEqualTo("01/12/2026");
        long ms = ZonedDateTime.of(2026, 11, 24, 9, 42, 0, 0, I18n.ZONE).toInstant().toEpochMilli();
        assertThat(ca.value("occurred_at", Long.toString(ms))).isEqualTo("24/11/2026 09:42");
        assertThat(ca.value("phone", "611 222 333")).isEqualTo("611 222 333");
        assertThat(ca.value("cost_cents", "125050")).isEqualTo("1.250,50\u00a0€");
        assertThat(ca.editable("cost_cents", "7")).isEqualTo("0,07\u00a0€");
        assertThat(ca.field("review_on")).isEqualTo("Revisió");
        assertThat(ca.field("starts_at")).isEqualTo("Inici de la cita");
        assertThat(ca.entity("appointment")).isEqualTo("Cita");
        assertThat(ca.field("some_new_column")).as("readable fallback").isEqualTo("some new column");
        assertThat(ca.value("birth_date", null)).isEqualTo(ca.value(null));
        assertThat(ca.value("birth_date", "not a date")).as("shown as it is").isEqualTo("not a date");
    }

    @Test
    void theMergeBoxOffersDatesAsDdMmYyyyInEveryLanguage() {
        SyncTexts en = new SyncTexts(new I18n(Language.ENGLISH));
        assertThat(en.editable("birth_date", "1980-05-17")).isEqualTo("17/05/1980");
        assertThat(ca.editable("given_name", "Núria")).isEqualTo("Núria");
    }
}
