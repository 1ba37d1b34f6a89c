package cat.teixit.server.http;

import cat.teixit.server.sync.PullService;
import java.time.Duration;

/**
 * Tunables of one server instance: token lifetimes and the pull watermark (always SAFE outside the
 * test that proves why). Immutable.
 */
public record ServerSettings(Duration accessTokenTtl, Duration refreshTokenTtl, PullService.Watermark watermark) {

    public static ServerSettings defaults() {
        return new ServerSettings(Duration.ofMinutes(15), Duration.ofDays(30), PullService.Watermark.SAFE);
    }

    public ServerSettings withAccessTokenTtl(Duration ttl) {
        return new ServerSettings(ttl, refreshTokenTtl, watermark);
    }

    public ServerSettings withWatermark(PullService.Watermark w) {
        return new ServerSettings(accessTokenTtl, refreshTokenTtl, w);
    }
}
