package cat.teixit.logic.sync;

import cat.teixit.logic.settings.Preferences;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where and how often this workstation synchronises (settings {@code sync.serverUrl},
 * {@code sync.intervalMinutes}, {@code sync.allowPlainHttp}; see the README). No server address: the
 * workstation works alone, as before. Immutable.
 *
 * @param serverUrl      the central server's base address, or null
 * @param interval       time between background syncs while logged in; zero: only when asked
 * @param allowPlainHttp accept {@code http://} (trials on one machine, tests); otherwise HTTPS only
 * @param trust          the authorities trusted for the server's certificate ({@link NetworkSettings}); null: the
 *                       system's
 */
public record SyncSettings(URI serverUrl, Duration interval, boolean allowPlainHttp, X509TrustManager trust) {

    public static final String SERVER_URL = "sync.serverUrl";
    public static final String INTERVAL_MINUTES = "sync.intervalMinutes";
    public static final String ALLOW_PLAIN_HTTP = "sync.allowPlainHttp";
    public static final int DEFAULT_INTERVAL_MINUTES = 5;
    public static final SyncSettings NONE = new SyncSettings(null, Duration.ZERO, false);

    private static final Logger LOG = LoggerFactory.getLogger(SyncSettings.class);

    public SyncSettings {
        interval = interval == null ? Duration.ZERO : interval;
    }

    public SyncSettings(URI serverUrl, Duration interval, boolean allowPlainHttp) {
        this(serverUrl, interval, allowPlainHttp, null);
    }

    /** These settings trusting the authorities {@code trust} accepts. */
    public SyncSettings withTrust(X509TrustManager trust) {
        return new SyncSettings(serverUrl, interval, allowPlainHttp, trust);
    }

    public boolean configured() {
        return serverUrl != null;
    }

    /** The settings of a data directory; an invalid address is logged and means "no server". */
    public static SyncSettings from(Preferences preferences) {
        String url = preferences.get(SERVER_URL, "").strip();
        if (url.isEmpty()) {
            return NONE;
        }
        boolean plain = Boolean.parseBoolean(preferences.get(ALLOW_PLAIN_HTTP, "false").strip());
        int minutes = DEFAULT_INTERVAL_MINUTES;
        try {
            minutes = Integer.parseInt(preferences.get(INTERVAL_MINUTES, String.valueOf(DEFAULT_INTERVAL_MINUTES)).strip());
        } catch (NumberFormatException e) {
            LOG.warn("Setting {} is not a number; using {}", INTERVAL_MINUTES, DEFAULT_INTERVAL_MINUTES);
        }
        try {
            return of(url, plain, Math.max(0, Math.min(1440, minutes)))
                    .withTrust(NetworkSettings.trustManager(preferences).orElse(null));
        } catch (IllegalArgumentException e) {
            LOG.warn("Setting {} is not a usable server address ({}); the workstation will not sync", SERVER_URL,
                    e.getMessage());
            return NONE;
        }
    }

    /**
     * Checked settings: an absolute {@code https} address (or {@code http} when allowed) with a host and
     * no user, query or fragment; an interval of 0 to 1440 minutes.
     */
    public static SyncSettings of(String url, boolean allowPlainHttp, int intervalMinutes) {
        if (intervalMinutes < 0 || intervalMinutes > 1440) {
            throw new IllegalArgumentException("the interval must be 0 to 1440 minutes");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPlainHttp)) {
            throw new IllegalArgumentException(scheme.equals("http") ? "plain http is not allowed" : "not an https address");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("the address must be scheme://host[:port][/path]");
        }
        return new SyncSettings(uri, Duration.ofMinutes(intervalMinutes), allowPlainHttp);
    }
}
