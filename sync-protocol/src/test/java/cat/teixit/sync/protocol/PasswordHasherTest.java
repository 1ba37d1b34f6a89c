package cat.teixit.sync.protocol;

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

    /** Made by the central server's own hasher before this one replaced it: its users' stored verifiers. */
    private static final String BY_THE_OLD_SERVER_HASHER =
            "$argon2id$v=19$m=19456,t=2,p=1$gvOhDbqK71F02LgCSVq2Bw$6/jE7uQHaKmK5iQndzYXvDvuFCgceuJeu43e8rcoNic";
    private static final String BY_THE_OLD_SERVER_HASHER_CHEAP =
            "$argon2id$v=19$m=1024,t=1,p=1$d00+7ZoIlr1xgOr4sGbfsw$Phk2eZmW3rP9cR8/+xvY2EjB5PagsviSWqf7cQk22jc";
    /** Made by the workstation's own hasher before this one replaced it: the offline logins' verifiers. */
    private static final String BY_THE_OLD_WORKSTATION_HASHER =
            "$argon2id$v=19$m=19456,t=2,p=1$J4cZCxvPf2cXjdT3Z24zcg$+fFHcC3dQ1l7d4rdpSf4s30BBK9Yuf3QSLwZEgqsMBE";
    private static final String BY_THE_OLD_WORKSTATION_HASHER_TWO_LANES =
            "$argon2id$v=19$m=1024,t=1,p=2$9hyQguoEm0SMUW9dPn+NmQ$N4ZSHKBzl0AUS+9TlyGSwun3r+VIj80dAfzRFvMZkLE";

    @Test
    void verifiersStoredByBothFormerImplementationsStillVerify() {
        char[] accented = "Núria·Pagès-l·l 2026!".toCharArray();
        for (String stored : new String[] {BY_THE_OLD_SERVER_HASHER, BY_THE_OLD_WORKSTATION_HASHER}) {
            assertThat(hasher.verify(accented, stored)).as(stored).isTrue();
            assertThat(hasher.verify("Nuria·Pages-l·l 2026!".toCharArray(), stored)).as(stored).isFalse();
        }
        for (String stored : new String[] {BY_THE_OLD_SERVER_HASHER_CHEAP, BY_THE_OLD_WORKSTATION_HASHER_TWO_LANES}) {
            assertThat(hasher.verify("teixit2026".toCharArray(), stored)).as(stored).isTrue();
            assertThat(hasher.verify("teixit2025".toCharArray(), stored)).as(stored).isFalse();
        }
        PasswordHasher current = new PasswordHasher();
        assertThat(current.needsRehash(BY_THE_OLD_SERVER_HASHER)).as("same parameters as today's").isFalse();
        assertThat(current.needsRehash(BY_THE_OLD_WORKSTATION_HASHER_TWO_LANES)).isTrue();
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
