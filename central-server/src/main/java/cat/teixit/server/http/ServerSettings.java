package cat.teixit.server.http;

import cat.teixit.server.sync.PullService;
import java.time.Duration;

/**
 * Tunables of one server instance: token lifetimes, the pull watermark (always SAFE outside the test
 * that proves why) and TLS (null: plain HTTP, for a TLS reverse proxy or loopback). Immutable.
 */
public record ServerSettings(Duration accessTokenTtl, Duration refreshTokenTtl, PullService.Watermark watermark,
        Tls.KeyStoreFile tls) {

    public static ServerSettings defaults() {
        return new ServerSettings(Duration.ofMinutes(15), Duration.ofDays(30), PullService.Watermark.SAFE, null);
    }

    public ServerSettings withAccessTokenTtl(Duration ttl) {
        return new ServerSettings(ttl, refreshTokenTtl, watermark, tls);
    }

    public ServerSettings withWatermark(PullService.Watermark w) {
        return new ServerSettings(accessTokenTtl, refreshTokenTtl, w, tls);
    }

    /** Serve HTTPS with the key and certificate in {@code keyStore} (PKCS#12 or JKS). */
    public ServerSettings withTls(Tls.KeyStoreFile keyStore) {
        return new ServerSettings(accessTokenTtl, refreshTokenTtl, watermark, keyStore);
    }
}
