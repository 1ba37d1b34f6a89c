package cat.teixit.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    private static final byte[] BODY = "{\"results\":[],\"lastOpId\":0}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodyFitsItsOwnDigestInTheRfc9530Form() {
        // RFC 9530 writes the SHA-256 of {"hello": "world"} as below.
        assertThat(Hashing.contentDigest("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
        assertThat(Hashing.contentDigestFits(Hashing.contentDigest(BODY), BODY)).isTrue();
    }

    @Test
    void oneFlippedBitAnywhereIsTold() {
        String digest = Hashing.contentDigest(BODY);
        for (int i = 0; i < BODY.length; i++) {
            byte[] altered = BODY.clone();
            altered[i] ^= 0x01;
            assertThat(Hashing.contentDigestFits(digest, altered)).as("byte %d", i).isFalse();
        }
    }

    @Test
    void aMalformedSha256MemberNeverFitsAndOtherAlgorithmsAloneSayNothing() {
        assertThat(Hashing.contentDigestFits("sha-256=:not base64!:", BODY)).isFalse();
        assertThat(Hashing.contentDigestFits("sha-256=abc", BODY)).isFalse();
        assertThat(Hashing.contentDigestFits("sha-512=:AAAA:", BODY)).isTrue();
        assertThat(Hashing.contentDigestFits("sha-512=:AAAA:, " + Hashing.contentDigest(BODY), BODY)).isTrue();
    }
}
