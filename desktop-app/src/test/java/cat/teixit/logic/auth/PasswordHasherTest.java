package cat.teixit.logic.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void verifiesTheRightPasswordOnlyWithAccentsAndSymbols() {
        String verifier = hasher.hash("Núria·Pagès-l·l 2026!".toCharArray());
        assertThat(verifier).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.verify("Núria·Pagès-l·l 2026!".toCharArray(), verifier)).isTrue();
        assertThat(hasher.verify("Nuria·Pages-l·l 2026!".toCharArray(), verifier)).isFalse();
        assertThat(hasher.verify("".toCharArray(), verifier)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hash("secret".toCharArray())).isNotEqualTo(hasher.hash("secret".toCharArray()));
    }

    @Test
    void malformedOrAbusiveVerifiersAreRejectedNotThrown() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2i$v=19$m=1024,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=1024,t=1,p=1$***$AAAA")).isFalse();
    }

    @Test
    void defaultParametersFollowOwaspAndOldVerifiersNeedRehash() {
        PasswordHasher strong = new PasswordHasher();
        String v = strong.hash("pw".toCharArray());
        assertThat(v).contains("$m=19456,t=2,p=1$");
        assertThat(strong.needsRehash(v)).isFalse();
        assertThat(strong.needsRehash(hasher.hash("pw".toCharArray()))).isTrue();
    }
}
