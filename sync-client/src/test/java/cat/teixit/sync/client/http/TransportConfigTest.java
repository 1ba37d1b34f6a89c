package cat.teixit.sync.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TransportConfigTest {

    @Test
    void plainHttpIsRefusedUnlessExplicitlyAllowed() {
        assertThatThrownBy(() -> TransportConfig.defaults(URI.create("http://sync.example"), "dev-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(TransportConfig.defaults(URI.create("https://sync.example"), "dev-1").allowPlainHttp()).isFalse();
        assertThat(TransportConfig.defaults(URI.create("http://127.0.0.1:1"), "dev-1", true).allowPlainHttp()).isTrue();
    }

    @Test
    void aMalformedDeviceIdIsRefused() {
        assertThatThrownBy(() -> TransportConfig.defaults(URI.create("https://sync.example"), "dev 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chunkRangesAreParsedAndHostileOnesRefused() {
        assertThat(HttpSyncTransport.parseRanges("0-3,5,7-8").toString()).isEqualTo("{0, 1, 2, 3, 5, 7, 8}");
        assertThat(HttpSyncTransport.parseRanges("").isEmpty()).isTrue();
        assertThatThrownBy(() -> HttpSyncTransport.parseRanges("5-2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpSyncTransport.parseRanges("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpSyncTransport.parseRanges("0-2000000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpSyncTransport.parseRanges("a")).isInstanceOf(IllegalArgumentException.class);
    }
}
