package cat.teixit.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final String ALPHABET = "0123456789abcdefgxyzABCFXZ-_.:é ";

    /** A string close to the shape of {@code sample}: some characters replaced, added or removed. */
    private static String mutate(String sample, Random random) {
        StringBuilder b = new StringBuilder(sample);
        int edits = random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(b.length() + 1);
            char ch = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, ch);
                case 1 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < b.length()) {
                        b.setCharAt(at, ch);
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void theHandWrittenHlcCheckAgreesWithItsPatternOnNearMisses() {
        Pattern regex = Pattern.compile(Validation.HLC.pattern());
        Random random = new Random(11);
        String[] samples = {"0190a1b2c3d4e-0001-dev-1", "fffffffffffff-ffff-" + "a".repeat(64), "0000000000000-0000-x",
            "0190a1b2c3d4e-00a1-3f2b9c1e-5d4a-4b7e-9a11-2c3d4e5f6a7b"};
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = mutate(samples[i % samples.length], random);
            boolean expected = regex.matcher(s).matches();
            assertThat(Validation.matches(Validation.HLC, s)).as(s).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("the generated strings include valid ones").isBetween(10_000, 190_000);
        assertThat(Validation.matches(Validation.HLC, "fffffffffffff-ffff-" + "a".repeat(65))).isFalse();
        assertThat(Validation.matches(Validation.HLC, null)).isFalse();
    }

    @Test
    void aRememberedValidNameDoesNotLetAnInvalidOneThrough() {
        assertThat(Validation.matches(Validation.FIELD_NAME, "given_name")).isTrue();
        assertThat(Validation.matches(Validation.FIELD_NAME, "given_name")).isTrue();
        assertThat(Validation.matches(Validation.FIELD_NAME, "Given_name")).isFalse();
        assertThat(Validation.matches(Validation.FIELD_NAME, "given name")).isFalse();
        // Valid for one pattern is not valid for another.
        assertThat(Validation.matches(Validation.SCOPE, "GIR-N")).isTrue();
        assertThat(Validation.matches(Validation.ENTITY_TYPE, "GIR-N")).isFalse();
        assertThatThrownBy(() -> Validation.require(Validation.ENTITY_TYPE, "GIR-N", "entityType"))
                .hasMessage("invalid entityType");
    }

    @Test
    void namesKeepBeingCheckedOnceTheMemoryIsFull() {
        for (int i = 0; i < 5_000; i++) {
            assertThat(Validation.matches(Validation.FIELD_NAME, "field_" + i)).isTrue();
        }
        assertThat(Validation.matches(Validation.FIELD_NAME, "field_5000")).isTrue();
        assertThat(Validation.matches(Validation.FIELD_NAME, "field-5000")).isFalse();
    }
}
