package cat.teixit.sync.client.http;

import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.SyncAuthException;
import cat.teixit.sync.client.SyncCancelledException;
import cat.teixit.sync.client.SyncDeviceRevokedException;
import cat.teixit.sync.client.SyncLockedOutException;
import cat.teixit.sync.client.SyncNetworkException;
import cat.teixit.sync.client.PulledPage;
import cat.teixit.sync.client.SyncProtocolException;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.client.SyncUpgradeRequiredException;
import cat.teixit.sync.protocol.Bodies;
import cat.teixit.sync.protocol.BodyTooLargeException;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.EscrowSecret;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import cat.teixit.sync.protocol.Validation;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync protocol over HTTPS with OkHttp: protocol headers, bearer tokens (login on demand, one
 * refresh on 401), retries by the config's {@link RetryPolicy} (exponential backoff with jitter, honouring
 * {@code Retry-After} up to the cap) on connection errors, cuts, bodies altered in transit (Content-Digest), 5xx
 * and 429, waits that a cancel ends at once, and strict, size-capped parsing of every answer. Thread-safe.
 */
public final class HttpSyncTransport implements SyncTransport {

    private static final java.util.regex.Pattern CONTENT_RANGE =
            java.util.regex.Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");

    private static final Logger LOG = LoggerFactory.getLogger(HttpSyncTransport.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private final TransportConfig config;
    private final CredentialsProvider credentials;
    private final OkHttpClient http;
    private final ObjectMapper json = Json.strictMapper();
    private final HttpUrl api;
    private final Object tokenLock = new Object();
    /** Notified when the transport is cancelled, to end the waits between tries at once. */
    private final Object cancelSignal = new Object();
    private final Sleeper sleeper;
    /** The sleeper given at construction (null: real waits), handed on by {@link #reconfigured}. */
    private final Sleeper givenSleeper;
    private Responses.Tokens tokens;
    /** When {@link #tokens} were received (guarded by {@link #tokenLock}). */
    private long tokensSince;
    private volatile boolean cancelled;

    public HttpSyncTransport(TransportConfig config, CredentialsProvider credentials) {
        this(config, credentials, null);
    }

    /**
     * A transport that waits between tries with {@code sleeper} (tests that check the waits without sleeping);
     * null: real waits, which {@link #cancelAll()} ends at once.
     */
    public HttpSyncTransport(TransportConfig config, CredentialsProvider credentials, Sleeper sleeper) {
        this.config = config;
        this.credentials = credentials;
        this.givenSleeper = sleeper;
        this.sleeper = sleeper != null ? sleeper : this::sleepUnlessCancelled;
        OkHttpClient.Builder builder = new OkHttpClient.Builder().connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout()).writeTimeout(config.readTimeout()).callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false).followRedirects(false);
        if (config.trustManager() != null) {
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new TrustManager[] {config.trustManager()}, null);
                builder.sslSocketFactory(tls.getSocketFactory(), config.trustManager());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS unavailable", e);
            }
        }
        this.http = builder.build();
        HttpUrl base = HttpUrl.get(config.baseUrl().toString());
        this.api = base.newBuilder().addPathSegments(Protocol.API.substring(1)).build();
    }

    /**
     * A transport with {@code other} settings (say, the sync's patient budget after a login checked with
     * {@link TransportConfig#interactive()}) that goes on with this one's tokens: no second login.
     */
    public HttpSyncTransport reconfigured(TransportConfig other) {
        HttpSyncTransport next = new HttpSyncTransport(other, credentials, givenSleeper);
        synchronized (tokenLock) {
            next.tokens = tokens;
            next.tokensSince = tokensSince;
        }
        return next;
    }

    /** Closes idle connections and threads; the transport is unusable afterwards. */
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public void cancelAll() {
        cancelled = true;
        synchronized (cancelSignal) {
            cancelSignal.notifyAll();
        }
        http.dispatcher().cancelAll();
    }

    @Override
    public void resetCancellation() {
        cancelled = false;
    }

    /**
     * Ends the session on the server, best effort (one try, no retries: offline, the logout is local only), and
     * forgets the tokens: the next call logs in again. Never throws for a server that cannot be reached.
     */
    public void logout() {
        Responses.Tokens ended;
        synchronized (tokenLock) {
            ended = tokens;
            tokens = null;
        }
        if (ended == null || ended.refreshExpiresAt() <= System.currentTimeMillis()) {
            return;
        }
        byte[] body = write(new Requests.Refresh(ended.refreshToken()));
        Request request = withProtocolHeaders(carrying(url("auth/logout"), "POST", body, JSON)).build();
        try (Response response = http.newBuilder().callTimeout(LOGOUT_TIMEOUT).build().newCall(request).execute()) {
            LOG.debug("logout answered {}", response.code());
        } catch (IOException | RuntimeException e) {
            LOG.debug("logout not reached the server ({}): the session ends when its tokens expire",
                    e.getClass().getSimpleName());
        }
    }

    /** How long a logout waits for the server before it goes on locally. */
    private static final Duration LOGOUT_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public Responses.Session session() {
        Reply r = call(() -> get(url("session")), true);
        // Fields added to this answer over time (teamName, areaName, colleagues) may be absent from an older
        // server; the record itself still refuses an answer without what every server sends.
        return parse(r, json.readerFor(Responses.Session.class)
                .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES));
    }

    @Override
    public Responses.Push push(Requests.Push request) {
        byte[] body = write(request);
        Reply r = call(() -> carrying(url("push"), "POST", body, JSON), true);
        return parse(r, Responses.Push.class);
    }

    /** Keeps {@code secret} on the server for the session's user and this device (docs/decisions/0046). */
    public void depositEscrow(String secret) {
        byte[] body = write(new EscrowSecret(secret));
        call(() -> carrying(url("escrow"), "PUT", body, JSON), true);
    }

    /**
     * The secret kept on the server for {@code username} on this device, against their password (no session needed:
     * the workstation's data is not open yet); empty when the server keeps none for them here.
     *
     * @throws SyncAuthException when the server refuses the user name or password
     * @throws SyncLockedOutException after too many wrong passwords for the name
     * @throws SyncDeviceRevokedException when this device was revoked
     * @throws SyncNetworkException when the server cannot be reached
     */
    public java.util.Optional<String> releaseEscrow(String username, char[] password) {
        byte[] body = write(new Requests.EscrowRelease(username, new String(password), config.deviceId()));
        Reply r;
        try {
            r = call(() -> carrying(url("escrow/release"), "POST", body, JSON), false,
                    ErrorCode.BAD_CREDENTIALS.status(), ErrorCode.TOO_MANY_ATTEMPTS.status(),
                    ErrorCode.NOT_FOUND.status());
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        refuseCredentials(r);
        if (r.code == ErrorCode.NOT_FOUND.status()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parse(r, EscrowSecret.class).secret());
    }

    @Override
    public cat.teixit.sync.protocol.AuditWire.Received uploadAudit(cat.teixit.sync.protocol.AuditWire.Upload upload) {
        byte[] body = write(upload);
        Reply r = call(() -> carrying(url("audit"), "POST", body, JSON), true);
        return parse(r, cat.teixit.sync.protocol.AuditWire.Received.class);
    }

    @Override
    public cat.teixit.sync.protocol.AuditWire.Received auditState() {
        Reply r = call(() -> get(url("audit/state")), true);
        return parse(r, cat.teixit.sync.protocol.AuditWire.Received.class);
    }

    /**
     * Entries of the audit trail the server holds, for a team lead: of case file {@code caseFileId}, or of user
     * {@code username} from {@code fromMs} to {@code toMs} (epoch ms).
     */
    public cat.teixit.sync.protocol.AuditWire.Entries auditEntries(String caseFileId, String username, Long fromMs,
            Long toMs) {
        HttpUrl.Builder u = url("audit/entries").newBuilder();
        if (caseFileId != null) {
            u.addQueryParameter("caseFile", caseFileId);
        }
        if (username != null) {
            u.addQueryParameter("user", username);
        }
        if (fromMs != null) {
            u.addQueryParameter("from", Long.toString(fromMs));
        }
        if (toMs != null) {
            u.addQueryParameter("to", Long.toString(toMs));
        }
        HttpUrl built = u.build();
        Reply r = call(() -> get(built), true);
        return parse(r, cat.teixit.sync.protocol.AuditWire.Entries.class);
    }

    /** The problems the server found in the audit chains of the lead's team's devices. */
    public cat.teixit.sync.protocol.AuditWire.Findings auditFindings() {
        Reply r = call(() -> get(url("audit/findings")), true);
        return parse(r, cat.teixit.sync.protocol.AuditWire.Findings.class);
    }

    /**
     * Opens one case file outside the user's scopes in an emergency (break the glass, docs/sync-protocol.md §11);
     * the server answers the opening and its expiry, or refuses by code ({@code reason_required}, {@code in_scope},
     * {@code forbidden}, {@code not_found}, {@code too_many_attempts}).
     */
    public cat.teixit.sync.protocol.EmergencyWire.Opening openEmergency(String caseFileId, String reason) {
        return openEmergency(caseFileId, reason, java.util.UUID.randomUUID().toString());
    }

    /**
     * As {@link #openEmergency(String, String)} with the request id given: the same id (and case file and reason)
     * sent again answers the same opening and is not a second try, so the request is retried like any other (after
     * a cut, the answer may have been lost after the server made the opening); {@code request_id_reused} when the id
     * came before with another case file or reason.
     */
    public cat.teixit.sync.protocol.EmergencyWire.Opening openEmergency(String caseFileId, String reason,
            String requestId) {
        byte[] body = write(new cat.teixit.sync.protocol.EmergencyWire.Open(caseFileId, reason, requestId));
        // Not retried on 429: the user has made too many tries; waiting a few seconds does not change it.
        Reply r = call(() -> carrying(url("emergency"), "POST", body, JSON), true, 429);
        if (r.code() == 429) {
            throw error(r.code(), r.body());
        }
        return parse(r, cat.teixit.sync.protocol.EmergencyWire.Opening.class);
    }

    /** The break-the-glass openings that concern the team lead's team, newest first. */
    public cat.teixit.sync.protocol.EmergencyWire.Openings emergencyOpenings() {
        Reply r = call(() -> get(url("emergency/openings")), true);
        return parse(r, cat.teixit.sync.protocol.EmergencyWire.Openings.class);
    }

    @Override
    public Responses.Pull pull(String scope, String cursor, int limit) {
        return pullPage(scope, cursor, limit).body().get();
    }

    /** As {@link #pull}, the body decoded when asked for; the cursor the answer's headers announce is checked here. */
    @Override
    public PulledPage pullPage(String scope, String cursor, int limit) {
        Validation.require(Validation.SCOPE, scope, "scope");
        HttpUrl.Builder u = url("pull").newBuilder().addQueryParameter("scope", scope)
                .addQueryParameter("limit", Integer.toString(limit));
        if (cursor != null) {
            u.addQueryParameter("cursor", Validation.require(Validation.CURSOR, cursor, "cursor"));
        }
        HttpUrl built = u.build();
        Reply r = call(() -> get(built), true);
        String next = r.header(Protocol.HEADER_PULL_CURSOR);
        String more = r.header(Protocol.HEADER_PULL_MORE);
        if (next == null && more == null) {
            return PulledPage.read(parse(r, Responses.Pull.class));
        }
        if (next == null || !Validation.matches(Validation.CURSOR, next) || !("true".equals(more) || "false".equals(more))) {
            throw new SyncProtocolException("malformed pull cursor headers");
        }
        return new PulledPage(next, Boolean.valueOf(more), () -> parse(r, Responses.Pull.class));
    }

    @Override
    public BlobStatus blobStatus(String scope, String sha256) {
        HttpUrl u = blobUrl(scope, sha256).build();
        Reply r = call(() -> new Request.Builder().url(u).head(), true, 404);
        if (r.code == 404) {
            return new BlobStatus(BlobStatus.State.ABSENT, 0, new BitSet());
        }
        try {
            String state = r.header(Protocol.HEADER_BLOB_STATE);
            long size = Long.parseLong(nonNull(r.header(Protocol.HEADER_BLOB_SIZE)));
            BitSet chunks = parseRanges(r.header(Protocol.HEADER_BLOB_CHUNKS));
            return switch (nonNull(state)) {
                case "committed" -> new BlobStatus(BlobStatus.State.COMMITTED, size, chunks);
                case "partial" -> new BlobStatus(BlobStatus.State.PARTIAL, size, chunks);
                default -> throw new SyncProtocolException("unknown blob state");
            };
        } catch (IllegalArgumentException e) {
            throw new SyncProtocolException("malformed blob status headers", e);
        }
    }

    @Override
    public void putChunk(String scope, String sha256, long totalSize, int index, byte[] data, int length) {
        HttpUrl u = blobUrl(scope, sha256).addPathSegment("chunks").addPathSegment(Integer.toString(index)).build();
        byte[] chunk = Arrays.copyOf(data, length);
        String chunkSha = Hashing.sha256Hex(chunk);
        call(() -> carrying(u, "PUT", chunk, OCTETS).header(Protocol.HEADER_BLOB_SIZE, Long.toString(totalSize))
                .header(Protocol.HEADER_CHUNK_SHA256, chunkSha), true);
    }

    @Override
    public void commitBlob(String scope, String sha256, long size) {
        HttpUrl u = blobUrl(scope, sha256).addPathSegment("commit").build();
        byte[] body = write(new Requests.BlobCommit(size));
        call(() -> carrying(u, "POST", body, JSON), true);
    }

    @Override
    public long downloadBlob(String scope, String sha256, Path target, long maxBytes) {
        HttpUrl u = blobUrl(scope, sha256).build();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        int attempt = 0;
        boolean refreshed = false;
        boolean restarted = false;
        while (true) {
            attempt++;
            checkCancelled();
            // What an earlier, cut download left (content-addressed: the same bytes whenever fetched) is kept
            // and only the rest is asked for.
            long have = sizeOrZero(part);
            Request.Builder get = new Request.Builder().url(u).get();
            if (have > 0) {
                get.header("Range", "bytes=" + have + "-");
            }
            String token = accessToken();
            Call call = http.newCall(bearer(get, token));
            try (Response response = call.execute()) {
                if (response.code() == 401 && !refreshed) {
                    refreshed = true;
                    renewAfter401(token);
                    attempt--;
                    continue;
                }
                if (response.code() == 416 && have > 0 && !restarted) {
                    // The part is not a prefix of this blob after all: start again from the first byte.
                    restarted = true;
                    deleteQuietly(part);
                    attempt--;
                    continue;
                }
                if (retryable(response.code()) && attempt < config.retry().maxAttempts()) {
                    sleepBackoff(attempt, response.header("Retry-After"));
                    continue;
                }
                boolean resumed = response.code() == 206 && have > 0;
                if (response.code() != 200 && !resumed) {
                    throw error(response.code(), readCapped(response.body().byteStream(), 64 * 1024));
                }
                long offset = resumed ? resumedAt(response.header("Content-Range"), have, maxBytes) : 0;
                long declared = response.body().contentLength();
                if (declared > maxBytes - offset) {
                    throw new SyncProtocolException("attachment larger than the allowed " + maxBytes + " bytes");
                }
                long copied = copyCapped(response.body().byteStream(), part, maxBytes - offset, resumed);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return offset + copied;
            } catch (IOException e) {
                // Kept for the next attempt, or the next download of the same attachment.
                if (cancelled) {
                    throw new SyncCancelledException();
                }
                if (attempt >= config.retry().maxAttempts()) {
                    throw new SyncNetworkException("download failed after " + attempt + " attempts", e);
                }
                sleepBackoff(attempt, null);
            } catch (RuntimeException e) {
                deleteQuietly(part);
                throw e;
            }
        }
    }

    // ---- plumbing

    private HttpUrl url(String path) {
        return api.newBuilder().addPathSegments(path).build();
    }

    private HttpUrl.Builder blobUrl(String scope, String sha256) {
        Validation.require(Validation.SCOPE, scope, "scope");
        Validation.require(Validation.SHA256, sha256, "sha256");
        return api.newBuilder().addPathSegment("blobs").addPathSegment(scope).addPathSegment(sha256);
    }

    private static Request.Builder get(HttpUrl url) {
        return new Request.Builder().url(url).get();
    }

    /** A request carrying {@code body}, with its Content-Digest so that the server tells bytes altered on the way. */
    private static Request.Builder carrying(HttpUrl url, String method, byte[] body, MediaType type) {
        return new Request.Builder().url(url).header(Protocol.HEADER_CONTENT_DIGEST, Hashing.contentDigest(body))
                .method(method, RequestBody.create(body, type));
    }

    /** An answer read whole (so a cut mid-body is retried like any network failure). */
    private record Reply(int code, okhttp3.Headers headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private interface RequestFactory {
        Request.Builder build();
    }

    private Reply call(RequestFactory factory, boolean authenticated, int... acceptedErrors) {
        int attempt = 0;
        boolean refreshed = false;
        IOException lastFailure = null;
        int lastCode = 0;
        while (attempt < config.retry().maxAttempts()) {
            attempt++;
            checkCancelled();
            Request.Builder builder = factory.build();
            String token = authenticated ? accessToken() : null;
            Request request = authenticated ? bearer(builder, token) : withProtocolHeaders(builder).build();
            try (Response response = http.newCall(request).execute()) {
                int code = response.code();
                if (code == 401 && authenticated && !refreshed) {
                    refreshed = true;
                    attempt--;
                    renewAfter401(token);
                    continue;
                }
                boolean accepted = false;
                for (int a : acceptedErrors) {
                    accepted |= code == a;
                }
                if (!accepted && retryable(code)) {
                    lastCode = code;
                    LOG.debug("server answered {}, attempt {}", code, attempt);
                    if (attempt < config.retry().maxAttempts()) {
                        sleepBackoff(attempt, response.header("Retry-After"));
                    }
                    continue;
                }
                byte[] body = readCapped(response.body().byteStream(), config.maxResponseBytes());
                String altered = alteredInTransit(response, body);
                if (altered != null) {
                    // Like a cut: nothing of it is used, the request is sent again (every request is safe to repeat).
                    lastFailure = new IOException(altered);
                    LOG.debug("{}, attempt {}", altered, attempt);
                    if (attempt < config.retry().maxAttempts()) {
                        sleepBackoff(attempt, null);
                    }
                    continue;
                }
                if (accepted || (code >= 200 && code < 300)) {
                    return new Reply(code, response.headers(), body);
                }
                throw error(code, body);
            } catch (IOException e) {
                if (cancelled) {
                    throw new SyncCancelledException();
                }
                lastFailure = e;
                LOG.debug("request failed ({}), attempt {}", e.getClass().getSimpleName(), attempt);
                if (attempt < config.retry().maxAttempts()) {
                    sleepBackoff(attempt, null);
                }
            }
        }
        if (lastFailure != null) {
            throw new SyncNetworkException("server unreachable after " + attempt + " attempts", lastFailure);
        }
        throw new SyncNetworkException("server kept answering " + lastCode + " after " + attempt + " attempts", null);
    }

    /**
     * Why an answer cannot be trusted as it arrived: its body does not fit its Content-Digest, or the server
     * says the request's body reached it altered; null when neither.
     */
    private String alteredInTransit(Response response, byte[] body) {
        String digest = response.header(Protocol.HEADER_CONTENT_DIGEST);
        if (digest != null && !Hashing.contentDigestFits(digest, body)) {
            return "answer altered in transit (Content-Digest does not fit)";
        }
        if (response.code() == ErrorCode.DIGEST_MISMATCH.status()) {
            try {
                Responses.Error e = json.readValue(body, Responses.Error.class);
                if (e != null && ErrorCode.DIGEST_MISMATCH.code().equals(e.error())) {
                    return "request altered in transit (the server says)";
                }
            } catch (IOException | RuntimeException notThatError) {
                // Another 400: handled as the client bug it is.
            }
        }
        return null;
    }

    private static boolean retryable(int code) {
        return code == 429 || code >= 500;
    }

    private Request.Builder withProtocolHeaders(Request.Builder b) {
        return b.header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION))
                .header(Protocol.HEADER_SCHEMA, Integer.toString(config.schemaVersion()))
                .header("User-Agent", "teixit-sync-client/" + Protocol.VERSION);
    }

    private Request bearer(Request.Builder builder, String token) {
        return withProtocolHeaders(builder).header("Authorization", "Bearer " + token).build();
    }

    /**
     * The access token to send: renewed before it runs out (within {@link #RENEW_AHEAD_MS}), unless the pair itself
     * is that young (near the end of its session chain every pair is short-lived): renewing it at every request would
     * end the pair a request sent a moment before travels with (requests travel together, decision 0049); the server's
     * refusal renews it then.
     */
    private String accessToken() {
        synchronized (tokenLock) {
            long now = System.currentTimeMillis();
            if (tokens == null) {
                tokens = login();
                tokensSince = now;
            } else if (tokens.accessExpiresAt() < now + RENEW_AHEAD_MS && now - tokensSince >= RENEW_AHEAD_MS) {
                tokens = refreshOrLogin();
                tokensSince = now;
            }
            return tokens.accessToken();
        }
    }

    /** How long before an access token runs out it is renewed. */
    private static final long RENEW_AHEAD_MS = 30_000;

    /**
     * New tokens after the server refused {@code refused}; none when another request (two push requests travel at
     * once) renewed them meanwhile: refreshing again would end the tokens that request just got.
     */
    private void renewAfter401(String refused) {
        synchronized (tokenLock) {
            if (tokens != null && !tokens.accessToken().equals(refused)) {
                return;
            }
            tokens = tokens == null ? login() : refreshOrLogin();
            tokensSince = System.currentTimeMillis();
        }
    }

    private Responses.Tokens refreshOrLogin() {
        String refreshToken = tokens.refreshToken();
        if (tokens.refreshExpiresAt() > System.currentTimeMillis()) {
            byte[] body = write(new Requests.Refresh(refreshToken));
            Reply r = call(() -> carrying(url("auth/refresh"), "POST", body, JSON), false,
                    ErrorCode.BAD_REFRESH_TOKEN.status());
            if (r.code == 200) {
                return parse(r, Responses.Tokens.class);
            }
        }
        return login();
    }

    private Responses.Tokens login() {
        Credentials c = credentials.credentials();
        if (c == null) {
            throw new SyncAuthException("no credentials to log in with");
        }
        char[] pw = c.password();
        byte[] body;
        try {
            body = write(new Requests.Login(c.username(), new String(pw), config.deviceId(), config.deviceKey()));
        } finally {
            Arrays.fill(pw, '\0');
        }
        Reply r;
        try {
            // 429 here is the server's lockout after failed logins: waiting, not retrying, is what helps.
            r = call(() -> carrying(url("auth/login"), "POST", body, JSON), false,
                    ErrorCode.BAD_CREDENTIALS.status(), ErrorCode.TOO_MANY_ATTEMPTS.status());
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        refuseCredentials(r);
        return parse(r, Responses.Tokens.class);
    }

    /** Throws for the server's answer to a password it refused, or to too many of them. */
    private static void refuseCredentials(Reply r) {
        if (r.code == ErrorCode.BAD_CREDENTIALS.status()) {
            throw new SyncAuthException("the server refused the user name or password");
        }
        if (r.code == ErrorCode.TOO_MANY_ATTEMPTS.status()) {
            throw new SyncLockedOutException("too many failed logins for this user name; the server asks to wait");
        }
    }

    private RuntimeException error(int code, byte[] body) {
        Responses.Error e = null;
        try {
            e = json.readValue(body, Responses.Error.class);
        } catch (IOException | RuntimeException ignored) {
            // An error without a readable body is still an error; its status says enough.
        }
        String errorCode = e == null || e.error() == null ? "http_" + code : e.error();
        String message = e == null ? null : e.message();
        if (code == ErrorCode.UPGRADE_REQUIRED.status()) {
            return new SyncUpgradeRequiredException(message == null ? "upgrade required" : message);
        }
        if (code == 401) {
            return new SyncAuthException("the server refused the session: " + errorCode);
        }
        if (ErrorCode.DEVICE_REVOKED.code().equals(errorCode)) {
            return new SyncDeviceRevokedException("the server revoked this device");
        }
        return new SyncServerException(code, errorCode, message, e == null ? null : e.expectedOpId());
    }

    private <T> T parse(Reply r, Class<T> type) {
        return parse(r, json.readerFor(type));
    }

    private <T> T parse(Reply r, ObjectReader reader) {
        String type = reader.getValueType().getRawClass().getSimpleName();
        try {
            T value = reader.readValue(r.body);
            if (value == null) {
                throw new SyncProtocolException("empty answer where " + type + " was expected");
            }
            return value;
        } catch (JacksonException | IllegalArgumentException e) {
            String detail = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            throw new SyncProtocolException("malformed " + type + " answer: " + detail, e);
        } catch (IOException e) {
            throw new SyncProtocolException("unreadable answer", e);
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("request not serialisable", e);
        }
    }

    private static byte[] readCapped(InputStream in, int max) throws IOException {
        try {
            return Bodies.readAtMost(in, max, 0);
        } catch (BodyTooLargeException e) {
            throw new SyncProtocolException("answer larger than the allowed " + max + " bytes", e);
        }
    }

    /** Where a 206 answer's bytes start: it must be exactly where our part ends, within the allowed size. */
    private static long resumedAt(String contentRange, long have, long maxBytes) {
        java.util.regex.Matcher m = contentRange == null ? null : CONTENT_RANGE.matcher(contentRange.strip());
        if (m == null || !m.matches()) {
            throw new SyncProtocolException("partial download without a valid Content-Range");
        }
        long start = Long.parseLong(m.group(1));
        long end = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        if (start != have || end != total - 1 || total > maxBytes) {
            throw new SyncProtocolException("partial download does not continue the part already here");
        }
        return start;
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long copyCapped(InputStream in, Path target, long max, boolean append) throws IOException {
        try (OutputStream out = append
                ? Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(target)) {
            return Bodies.copyAtMost(in, out, max);
        } catch (BodyTooLargeException e) {
            throw new SyncProtocolException("attachment larger than the allowed " + max + " bytes", e);
        }
    }

    /** Waits before the next try, after {@code attempt} failed tries; a cancel ends the wait and the call. */
    private void sleepBackoff(int attempt, String retryAfter) {
        checkCancelled();
        Duration delay = config.retry().delay(attempt, retryAfterOf(retryAfter), ThreadLocalRandom.current());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException();
        }
        checkCancelled();
    }

    /** {@code Retry-After} in seconds; null if absent or not a number of seconds (an HTTP-date is rare here). */
    private static Duration retryAfterOf(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void sleepUnlessCancelled(Duration delay) throws InterruptedException {
        long end = System.nanoTime() + delay.toNanos();
        synchronized (cancelSignal) {
            long left = end - System.nanoTime();
            while (!cancelled && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(cancelSignal, left);
                left = end - System.nanoTime();
            }
        }
    }

    private void checkCancelled() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new SyncCancelledException();
        }
    }

    private static String nonNull(String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing header");
        }
        return s;
    }

    /** Parses "0-3,5,7-9" into a bit set; the empty string is no chunk. */
    static BitSet parseRanges(String text) {
        BitSet set = new BitSet();
        if (text == null || text.isEmpty()) {
            return set;
        }
        if (text.length() > 100_000) {
            throw new IllegalArgumentException("chunk list too long");
        }
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
            if (from < 0 || to < from || to > Protocol.MAX_BLOB_BYTES / 1024) {
                throw new IllegalArgumentException("bad chunk range");
            }
            set.set(from, to + 1);
        }
        return set;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A stale .part file is overwritten by the next download.
        }
    }
}
