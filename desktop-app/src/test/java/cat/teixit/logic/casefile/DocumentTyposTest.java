package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Document numbers one typo apart, and the variants looked up in the document index. */
class DocumentTyposTest {

    @Test
    void oneReplacedAddedDroppedOrSwappedCharacterIsOneTypo() {
        assertThat(DocumentTypos.oneApart("AB123456", "AB123457")).isTrue();
        assertThat(DocumentTypos.oneApart("AB123456", "AB1234567")).isTrue();
        assertThat(DocumentTypos.oneApart("AB123456", "B123456")).isTrue();
        assertThat(DocumentTypos.oneApart("AB123456", "AB124356")).isTrue();
        assertThat(DocumentTypos.oneApart("AB123456", "BA123456")).isTrue();
        assertThat(DocumentTypos.oneApart("AB123456", "AB123456")).isFalse();
        assertThat(DocumentTypos.oneApart("AB123456", "AB124365")).isFalse();
        assertThat(DocumentTypos.oneApart("AB123456", "AB12345678")).isFalse();
        assertThat(DocumentTypos.oneApart("AB123456", "AC123457")).isFalse();
    }

    @Test
    void everyVariantIsOneTypoAwayAndEveryTypoIsAVariant() {
        var variants = DocumentTypos.variants("Z1234567L");
        assertThat(variants).allSatisfy(v -> assertThat(DocumentTypos.oneApart("Z1234567L", v)).as(v).isTrue());
        assertThat(variants).contains("Z1234568L", "Z12345670L", "Z123457L", "1Z234567L").doesNotContain("Z1234567L");
        assertThat(DocumentTypos.variants("AB1")).as("too short to tell a typo").isEmpty();
    }
}
