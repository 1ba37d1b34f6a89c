package cat.teixit.server.http;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.auth.TokenService;
import cat.teixit.server.blob.BlobService;
import cat.teixit.server.db.Database;
import cat.teixit.server.error.ApiException;
import cat.teixit.server.sync.PullService;
import cat.teixit.server.sync.PushService;
import cat.teixit.sync.protocol.Bodies;
import cat.teixit.sync.protocol.BodyTooLargeException;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.EscrowSecret;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the central server (Javalin on Jetty): protocol-version check, bearer
 * authentication, the sync endpoints, health and metrics, JSON errors, and an audit row per API
 * request. Holds no state of its own beyond metrics, so several instances can serve one database.
 * Thread-safe.
 */
public final class SyncServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncServer.class);
    private static final String ROUTE = "teixit.route";
    private static final String START = "teixit.start";
    private static final String PRINCIPAL = "teixit.principal";
    private static final String OPS = "teixit.ops";
    private static final String RECORDS = "teixit.records";
    private static final String BYTES = "teixit.bytes";
    private static final String LOGIN_DEVICE = "teixit.loginDevice";
    private static final String LOGIN_USER = "teixit.loginUser";
    private static final String SCOPE = "teixit.scope";
    private static final String AUDIT_ID = "teixit.auditId";
    private static final String TARGET = "teixit.auditTarget";

    private final Database db;
    private final ObjectMapper json = Json.strictMapper();
    private final TokenService tokens;
    private final PushService push;
    private final PullService pull;
    private static final java.util.regex.Pattern OPEN_RANGE = java.util.regex.Pattern.compile("bytes=(\\d{1,18})-");
    private final BlobService blobs;
    private final AuditLog audit;
    private final cat.teixit.server.audit.AuditTrailService auditTrail;
    private final cat.teixit.server.emergency.EmergencyService emergency;
    private final Metrics metrics = new Metrics();
    private final ServerSettings settings;
    private Javalin app;
    private final Clock clock;
    private java.util.concurrent.ScheduledExecutorService sweeper;

    /** How often each instance discards abandoned partial uploads (any instance may; the delete is idempotent). */
    static final java.time.Duration SWEEP_EVERY = java.time.Duration.ofHours(1);

    /**
     * Where a test stops the server (to kill it there): {@code server.push.beforeCommit} inside a push's
     * transaction, {@code server.pull.beforeAnswer} with a pull page read but not sent. Production: {@link #NONE}.
     */
    @FunctionalInterface
    public interface TestPoints {
        TestPoints NONE = label -> {
        };

        void reached(String label);
    }

    private final TestPoints points;

    public SyncServer(Database db, PasswordHasher hasher, ServerSettings settings, Clock clock) {
        this(db, hasher, settings, clock, TestPoints.NONE);
    }

    /** As above, reaching {@code points} at the labelled places (tests). */
    public SyncServer(Database db, PasswordHasher hasher, ServerSettings settings, Clock clock, TestPoints points) {
        this.db = db;
        this.points = points;
        this.tokens = new TokenService(db, hasher, clock, settings.sessions());
        this.push = new PushService(db, json, clock, (device, ops) -> points.reached("server.push.beforeCommit"));
        this.pull = new PullService(db, json);
        this.blobs = new BlobService(db);
        this.audit = new AuditLog(db);
        this.auditTrail = new cat.teixit.server.audit.AuditTrailService(db);
        this.emergency = new cat.teixit.server.emergency.EmergencyService(db, clock, settings.emergencyOpenFor());
        this.settings = settings;
        this.clock = clock;
    }

    /** Discards the partial uploads untouched for {@link Protocol#PARTIAL_UPLOAD_TTL_MILLIS}; returns how many. */
    public int sweepAbandonedUploads() throws SQLException {
        int n = blobs.discardUploadsUntouchedSince(clock.instant().minusMillis(Protocol.PARTIAL_UPLOAD_TTL_MILLIS));
        if (n > 0) {
            LOG.info("Discarded {} partial uploads untouched for a day", n);
        }
        return n;
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port), over TLS when the settings name a key store. */
    public synchronized SyncServer start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        app = Javalin.create(config -> {
            if (settings.tls() != null) {
                // With a connector of its own, Javalin opens no plain HTTP one.
                config.jetty.addConnector((server, http) -> Tls.connector(server, http, settings.tls(), host, port));
            }
            config.http.maxRequestSize = Protocol.MAX_REQUEST_BYTES;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                ctx.attribute(START, arrivedAt(ctx));
                securityHeaders(ctx);
            });
            config.routes.before("/api/*", this::beginAudit);
            config.routes.before("/api/*", this::checkProtocol);
            config.routes.after(this::finish);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.code(), e.getMessage(),
                    e.expectedOpId()));
            config.routes.exception(BodyCutException.class, (e, ctx) -> {
                // The client (or the network) hung up mid-body: nobody is left to read an answer.
                metrics.add("request_bodies_cut", 1);
                LOG.info("{} {}: request body cut in transit ({} bytes announced): a network fault, not a client bug",
                        ctx.method(), routeOf(ctx), e.declared);
                ctx.status(CLIENT_CLOSED_REQUEST);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), routeOf(ctx), e);
                error(ctx, ErrorCode.INTERNAL, "internal error; see the server log", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ROUTE) == null) {
                    error(ctx, ErrorCode.NOT_FOUND, "no such endpoint", null);
                }
            });
            config.routes.get("/health", route("/health", this::health));
            config.routes.get("/metrics", route("/metrics", this::metrics));
            String api = Protocol.API;
            config.routes.post(api + "/auth/login", route("/auth/login", this::login));
            config.routes.post(api + "/auth/refresh", route("/auth/refresh", this::refresh));
            config.routes.put(api + "/escrow", route("/escrow", this::escrowDeposit));
            config.routes.post(api + "/escrow/release", route("/escrow/release", this::escrowRelease));
            config.routes.post(api + "/auth/logout", route("/auth/logout", this::logout));
            config.routes.get(api + "/session", route("/session", this::session));
            config.routes.post(api + "/push", route("/push", this::push));
            config.routes.get(api + "/pull", route("/pull", this::pull));
            config.routes.post(api + "/audit", route("/audit", this::auditUpload));
            config.routes.get(api + "/audit/state", route("/audit/state", this::auditState));
            config.routes.get(api + "/audit/entries", route("/audit/entries", this::auditEntries));
            config.routes.get(api + "/audit/findings", route("/audit/findings", this::auditFindings));
            config.routes.post(api + "/emergency", route("/emergency", this::emergencyOpen));
            config.routes.get(api + "/emergency/openings", route("/emergency/openings", this::emergencyOpenings));
            config.routes.head(api + "/blobs/{scope}/{sha}", route("/blobs/{scope}/{sha}", this::blobStatus));
            config.routes.get(api + "/blobs/{scope}/{sha}", route("/blobs/{scope}/{sha}", this::blobDownload));
            config.routes.put(api + "/blobs/{scope}/{sha}/chunks/{index}",
                    route("/blobs/{scope}/{sha}/chunks/{index}", this::blobChunk));
            config.routes.post(api + "/blobs/{scope}/{sha}/commit", route("/blobs/{scope}/{sha}/commit", this::blobCommit));
        });
        app.start(host, port);
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "teixit-upload-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweepAbandonedUploads();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Sweeping abandoned uploads failed; tried again in {}", SWEEP_EVERY, e);
            }
        }, 1, SWEEP_EVERY.toMinutes(), java.util.concurrent.TimeUnit.MINUTES);
        LOG.info("Teixit central server listening on {}:{}{}", host, app.port(), settings.tls() == null ? "" : " (TLS)");
        return this;
    }

    public synchronized int port() {
        return app.port();
    }

    public Metrics metrics() {
        return metrics;
    }

    /** The most password checks that ran at once on this instance since it started. */
    public int peakConcurrentPasswordChecks() {
        return tokens.peakConcurrentHashes();
    }

    @Override
    public synchronized void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        if (app != null) {
            app.stop();
        }
    }

    // ---- cross-cutting

    private static Handler route(String name, Handler handler) {
        return ctx -> {
            ctx.attribute(ROUTE, name);
            if (ctx.pathParamMap().containsKey("scope")) {
                ctx.attribute(SCOPE, auditedScope(ctx.pathParam("scope")));
            }
            handler.handle(ctx);
        };
    }

    /** A scope as the audit keeps it: as given when it is a valid scope, else only that it was not. */
    private static String auditedScope(String scope) {
        if (scope == null) {
            return null;
        }
        return cat.teixit.sync.protocol.Validation.SCOPE.matcher(scope).matches() ? scope : "(invalid)";
    }

    /** The scopes a push writes to, for its audit row. */
    private static String scopesOf(Requests.Push req) {
        String joined = req.ops().stream().map(op -> auditedScope(op.scope())).filter(java.util.Objects::nonNull)
                .distinct().sorted().collect(java.util.stream.Collectors.joining(","));
        return joined.isEmpty() ? null : joined.length() > 200 ? joined.substring(0, 200) : joined;
    }

    private void checkProtocol(Context ctx) {
        String protocol = ctx.header(Protocol.HEADER_PROTOCOL);
        String schema = ctx.header(Protocol.HEADER_SCHEMA);
        int p;
        int s;
        try {
            p = Integer.parseInt(protocol == null ? "" : protocol.trim());
            s = Integer.parseInt(schema == null ? "" : schema.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.UPGRADE_REQUIRED,
                    "send " + Protocol.HEADER_PROTOCOL + ": " + Protocol.VERSION + " and " + Protocol.HEADER_SCHEMA);
        }
        if (p != Protocol.VERSION || s < Protocol.MIN_SCHEMA) {
            throw new ApiException(ErrorCode.UPGRADE_REQUIRED, "this server speaks protocol " + Protocol.VERSION
                    + " and accepts schema " + Protocol.MIN_SCHEMA + " or newer: update Teixit");
        }
    }

    private Principal principal(Context ctx) throws SQLException {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p != null) {
            return p;
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "bearer token required");
        }
        p = tokens.authenticate(auth.substring(7).trim());
        ctx.attribute(PRINCIPAL, p);
        return p;
    }

    /**
     * Headers for every answer: nothing here is a page to render, frame, cache or sniff; HTTPS only when served
     * over TLS.
     */
    private void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (settings.tls() != null) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * When the request reached the connector ({@link System#nanoTime} clock), so that its duration, audited and in the
     * metrics, includes the time it waited for a handler thread; now, when Jetty does not say.
     */
    private static long arrivedAt(Context ctx) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(ctx.req());
        long begin = jetty == null ? 0 : jetty.getBeginNanoTime();
        return begin == 0 ? System.nanoTime() : begin;
    }

    /** The audit row is written before the request is served; without it the request is refused. */
    private void beginAudit(Context ctx) {
        try {
            ctx.attribute(AUDIT_ID, audit.begin(ctx.method().name(), auditedRoute(ctx), ctx.ip()));
        } catch (SQLException e) {
            metrics.add("audit_failures", 1);
            LOG.error("Request {} refused: its audit row cannot be written ({})", ctx.method(), e.getSQLState());
            ctx.header("Retry-After", "30");
            throw new ApiException(ErrorCode.AUDIT_UNAVAILABLE, "the server cannot audit requests now; try later");
        }
    }

    /** The route template of a request before its handler has run (no ids or hashes from the path). */
    private static String auditedRoute(Context ctx) {
        String path = ctx.path();
        if (path.startsWith(Protocol.API + "/blobs/")) {
            if (path.endsWith("/commit")) {
                return "/blobs/{scope}/{sha}/commit";
            }
            return path.contains("/chunks/") ? "/blobs/{scope}/{sha}/chunks/{index}" : "/blobs/{scope}/{sha}";
        }
        String rest = path.startsWith(Protocol.API) ? path.substring(Protocol.API.length()) : path;
        return rest.length() > 64 || !rest.matches("[a-z/]*") ? "unmatched" : rest;
    }

    private void finish(Context ctx) {
        Long start = ctx.attribute(START);
        long nanos = start == null ? 0 : System.nanoTime() - start;
        String route = routeOf(ctx);
        int status = ctx.statusCode();
        metrics.request(ctx.method().name(), route, status, nanos);
        Long auditId = ctx.attribute(AUDIT_ID);
        if (auditId == null) {
            return;
        }
        Principal p = ctx.attribute(PRINCIPAL);
        Long user = p == null ? ctx.attribute(LOGIN_USER) : Long.valueOf(p.userId());
        String device = p == null ? ctx.attribute(LOGIN_DEVICE) : p.deviceId();
        audit.finish(auditId, new AuditLog.Entry(user, device, ctx.attribute(SCOPE), status, count(ctx, OPS),
                count(ctx, RECORDS), bytes(ctx), (int) Math.min(Integer.MAX_VALUE, nanos / 1_000_000),
                ctx.attribute(TARGET)));
    }

    private static String routeOf(Context ctx) {
        String r = ctx.attribute(ROUTE);
        return r == null ? "unmatched" : r;
    }

    private static int count(Context ctx, String key) {
        Integer n = ctx.attribute(key);
        return n == null ? 0 : n;
    }

    private static long bytes(Context ctx) {
        Long n = ctx.attribute(BYTES);
        return n == null ? 0 : n;
    }

    private void error(Context ctx, ErrorCode code, String message, Long expectedOpId) {
        ctx.status(code.status());
        if (ctx.method().name().equals("HEAD")) {
            return;
        }
        send(ctx, new Responses.Error(code.code(), message, expectedOpId));
    }

    private void send(Context ctx, Object body) {
        try {
            sendJson(ctx, json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
    }

    /** A JSON answer with its Content-Digest, so that the client tells bytes altered on the way. */
    private static void sendJson(Context ctx, byte[] body) {
        ctx.header(Protocol.HEADER_CONTENT_DIGEST, Hashing.contentDigest(body));
        ctx.contentType("application/json").result(body);
    }

    private <T> T body(Context ctx, Class<T> type) {
        byte[] bytes = readCapped(ctx, Protocol.MAX_REQUEST_BYTES);
        ctx.attribute(BYTES, (long) bytes.length);
        return parse(bytes, type);
    }

    /** The request body as a {@code type}, from its bytes or an already parsed tree. */
    private <T> T parse(Object body, Class<T> type) {
        try {
            T value = body instanceof JsonNode tree ? json.treeToValue(tree, type) : json.readValue((byte[]) body, type);
            if (value == null) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "empty body");
            }
            return value;
        } catch (JacksonException | IllegalArgumentException e) {
            String detail = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            throw new ApiException(ErrorCode.BAD_REQUEST, "malformed " + type.getSimpleName() + ": " + detail);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "unreadable body");
        }
    }

    private byte[] readCapped(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new ApiException(ErrorCode.TOO_LARGE, "body larger than " + max + " bytes");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = Bodies.readAtMost(in, max, declared);
            if (body.length < declared) {
                throw new IOException("body ended after " + body.length + " bytes");
            }
            String digest = ctx.header(Protocol.HEADER_CONTENT_DIGEST);
            if (digest != null && !Hashing.contentDigestFits(digest, body)) {
                metrics.add("request_bodies_altered", 1);
                LOG.info("{} {}: request body altered in transit (Content-Digest does not fit): a network fault",
                        ctx.method(), routeOf(ctx));
                throw new ApiException(ErrorCode.DIGEST_MISMATCH, "the body arrived altered; send it again");
            }
            return body;
        } catch (BodyTooLargeException e) {
            throw new ApiException(ErrorCode.TOO_LARGE, "body larger than " + max + " bytes");
        } catch (IOException e) {
            throw new BodyCutException(declared, e);
        }
    }

    /** Status recorded (audit, metrics) for a request whose body never arrived whole, as proxies name it. */
    static final int CLIENT_CLOSED_REQUEST = 499;

    /** A request body that ended (connection closed or timed out) before all its bytes came. */
    private static final class BodyCutException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long declared;

        BodyCutException(long declared, IOException cause) {
            super("request body cut in transit", cause);
            this.declared = declared;
        }
    }

    // ---- endpoints

    private void health(Context ctx) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
        ctx.contentType("text/plain").result("ok\n");
    }

    /** {@code /metrics}: for the operator credential of the settings only; closed when there is none. */
    private void metrics(Context ctx) {
        String expected = settings.metricsToken();
        if (expected == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "metrics are closed: start the server with an operator credential");
        }
        String auth = ctx.header("Authorization");
        byte[] given = auth == null || !auth.startsWith("Bearer ") ? new byte[0]
                : auth.substring(7).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!java.security.MessageDigest.isEqual(given, expected.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"teixit-metrics\"");
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "metrics need the operator credential");
        }
        ctx.contentType("text/plain; version=0.0.4").result(metrics.render()
                + "# TYPE teixit_password_checks_peak gauge\nteixit_password_checks_peak "
                + tokens.peakConcurrentHashes() + "\n");
    }

    private void login(Context ctx) throws SQLException {
        byte[] bytes = readCapped(ctx, Protocol.MAX_REQUEST_BYTES);
        ctx.attribute(BYTES, (long) bytes.length);
        JsonNode tree = parse(bytes, JsonNode.class);
        if (tree.isObject() && !tree.hasNonNull("deviceKey")) {
            // A client older than device keys (docs/decisions/0013): it must be updated, not told it erred.
            throw new ApiException(ErrorCode.UPGRADE_REQUIRED,
                    "this server binds every device id to a device key: update Teixit");
        }
        Requests.Login req = parse(tree, Requests.Login.class);
        // Failed logins are audited per device (never with the name typed, which may be a password).
        ctx.attribute(LOGIN_DEVICE, req.deviceId());
        char[] password = req.password().toCharArray();
        try {
            TokenService.Outcome t = tokens.login(req.username(), password, req.deviceId(), req.deviceKey(), ctx.ip());
            if (!t.accepted()) {
                throw new ApiException(ErrorCode.BAD_CREDENTIALS, "user name or password not accepted");
            }
            ctx.attribute(LOGIN_USER, t.userId());
            send(ctx, t.tokens());
        } catch (TokenService.LockedException e) {
            throw lockedOut(ctx, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Keeps the session's user's secret for this device (docs/decisions/0046); 204. */
    private void escrowDeposit(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        EscrowSecret req = body(ctx, EscrowSecret.class);
        tokens.depositEscrow(p, req.secret());
        ctx.status(204);
    }

    /**
     * The secret kept for a user and device, against the user's password (a password reset on the server, typed on a
     * laptop whose data the old one locked): refused, throttled and audited as a login.
     */
    private void escrowRelease(Context ctx) throws SQLException {
        Requests.EscrowRelease req = body(ctx, Requests.EscrowRelease.class);
        ctx.attribute(LOGIN_DEVICE, req.deviceId());
        char[] password = req.password().toCharArray();
        try {
            TokenService.Escrow e = tokens.releaseEscrow(req.username(), password, req.deviceId(), ctx.ip());
            if (e.userId() == null) {
                throw new ApiException(ErrorCode.BAD_CREDENTIALS, "user name or password not accepted");
            }
            ctx.attribute(LOGIN_USER, e.userId());
            if (e.secret() == null) {
                throw new ApiException(ErrorCode.NOT_FOUND, "no key kept for this user on this device");
            }
            send(ctx, new EscrowSecret(e.secret()));
        } catch (TokenService.LockedException e) {
            throw lockedOut(ctx, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The answer to a name locked after failed logins: when to try again, in the header. */
    private static ApiException lockedOut(Context ctx, TokenService.LockedException e) {
        ctx.header("Retry-After", Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        return new ApiException(ErrorCode.TOO_MANY_ATTEMPTS,
                "too many failed logins for this name from this address; try later");
    }

    private void refresh(Context ctx) throws SQLException {
        Requests.Refresh req = body(ctx, Requests.Refresh.class);
        TokenService.Outcome t = tokens.refresh(req.refreshToken());
        ctx.attribute(LOGIN_USER, t.userId());
        ctx.attribute(LOGIN_DEVICE, t.deviceId());
        if (!t.accepted()) {
            throw new ApiException(ErrorCode.BAD_REFRESH_TOKEN, "refresh token unknown, used or expired");
        }
        send(ctx, t.tokens());
    }

    /** Ends the session chain of the refresh token in the body (a workstation's logout); 204 in any case. */
    private void logout(Context ctx) throws SQLException {
        Requests.Refresh req = body(ctx, Requests.Refresh.class);
        TokenService.Outcome t = tokens.logout(req.refreshToken());
        ctx.attribute(LOGIN_USER, t.userId());
        ctx.attribute(LOGIN_DEVICE, t.deviceId());
        ctx.status(204);
    }

    private void session(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        String displayName;
        String team;
        String teamName;
        String areaName;
        List<String> roles;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT u.display_name, u.team_code, u.roles, t.name, t.area_name FROM app_user u"
                        + " LEFT JOIN team t ON t.code = u.team_code WHERE u.id = ?")) {
            ps.setLong(1, p.userId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                displayName = rs.getString(1);
                team = rs.getString(2);
                roles = List.of(rs.getString(3).split(","));
                teamName = rs.getString(4);
                areaName = rs.getString(5);
            }
        }
        List<Responses.ScopeGrant> grants = new ArrayList<>();
        p.scopes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> grants.add(new Responses.ScopeGrant(e.getKey(), e.getValue())));
        send(ctx, new Responses.Session(p.username(), displayName, team, teamName, areaName, roles, grants,
                colleagues(p.scopes().keySet()), Protocol.CHUNK_SIZE, Protocol.MAX_OPS_PER_PUSH));
    }

    /** The active users of the teams whose scopes the user holds (names only: who wrote what). */
    private List<Responses.Colleague> colleagues(java.util.Set<String> scopes) throws SQLException {
        List<Responses.Colleague> out = new ArrayList<>();
        if (scopes.isEmpty()) {
            return out;
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT username, display_name, team_code FROM app_user WHERE active AND team_code = ANY (?)"
                        + " ORDER BY username LIMIT " + Responses.MAX_COLLEAGUES)) {
            ps.setArray(1, c.createArrayOf("text", scopes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Responses.Colleague(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private void push(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        Requests.Push req = body(ctx, Requests.Push.class);
        ctx.attribute(OPS, req.ops().size());
        ctx.attribute(SCOPE, scopesOf(req));
        Responses.Push answer = push.push(p, req);
        metrics.add("ops_received", req.ops().size());
        send(ctx, answer);
    }

    private void auditUpload(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        cat.teixit.sync.protocol.AuditWire.Upload req = body(ctx, cat.teixit.sync.protocol.AuditWire.Upload.class);
        ctx.attribute(RECORDS, req.entries().size());
        send(ctx, auditTrail.receive(p, req));
    }

    private void auditState(Context ctx) throws SQLException {
        send(ctx, auditTrail.state(principal(ctx)));
    }

    private void auditEntries(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        long from = longParam(ctx, "from", 0);
        long to = longParam(ctx, "to", Long.MAX_VALUE);
        cat.teixit.sync.protocol.AuditWire.Entries e = auditTrail.entries(p, ctx.queryParam("caseFile"),
                ctx.queryParam("user"), from, to);
        ctx.attribute(RECORDS, e.entries().size());
        send(ctx, e);
    }

    private void auditFindings(Context ctx) throws SQLException {
        send(ctx, auditTrail.findings(principal(ctx)));
    }

    /**
     * Opens one case file outside the user's scopes (break the glass); the audit row names its scope, and says when
     * the request was a replay of one already granted (which is then not counted as a try nor as an opening).
     */
    private void emergencyOpen(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        cat.teixit.sync.protocol.EmergencyWire.Open req = body(ctx, cat.teixit.sync.protocol.EmergencyWire.Open.class);
        cat.teixit.server.emergency.EmergencyService.Granted g = emergency.open(p, req);
        cat.teixit.sync.protocol.EmergencyWire.Opening o = g.opening();
        ctx.attribute(SCOPE, o.scope());
        ctx.attribute(RECORDS, o.records());
        if (g.replay()) {
            ctx.attribute(TARGET, cat.teixit.server.emergency.EmergencyService.REPLAY + o.id());
        } else {
            metrics.add("emergency_openings", 1);
        }
        send(ctx, o);
    }

    private void emergencyOpenings(Context ctx) throws SQLException {
        cat.teixit.sync.protocol.EmergencyWire.Openings o = emergency.openings(principal(ctx));
        ctx.attribute(RECORDS, o.openings().size());
        send(ctx, o);
    }

    private static long longParam(Context ctx, String name, long otherwise) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, name + " must be a number");
        }
    }

    private void pull(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        String limitText = ctx.queryParam("limit");
        int limit;
        try {
            limit = limitText == null ? Protocol.DEFAULT_PULL_LIMIT : Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "limit must be a number");
        }
        ctx.attribute(SCOPE, auditedScope(ctx.queryParam("scope")));
        PullService.Page page = pull.page(p, ctx.queryParam("scope"), ctx.queryParam("cursor"), limit,
                emergency::liveOpenings);
        points.reached("server.pull.beforeAnswer");
        ctx.attribute(RECORDS, page.records());
        metrics.add("records_served", page.records());
        ctx.header(Protocol.HEADER_PULL_CURSOR, page.cursor());
        ctx.header(Protocol.HEADER_PULL_MORE, Boolean.toString(page.more()));
        sendJson(ctx, page.json());
    }

    private void blobStatus(Context ctx) throws SQLException {
        BlobService.Status s = blobs.status(principal(ctx), ctx.pathParam("scope"), ctx.pathParam("sha"));
        if (!s.exists()) {
            ctx.header(Protocol.HEADER_BLOB_STATE, "absent");
            ctx.status(404);
            return;
        }
        ctx.header(Protocol.HEADER_BLOB_STATE, s.committed() ? "committed" : "partial");
        ctx.header(Protocol.HEADER_BLOB_SIZE, Long.toString(s.size()));
        ctx.header(Protocol.HEADER_BLOB_CHUNKS, ranges(s.chunks()));
        ctx.status(200);
    }

    private void blobChunk(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        long size;
        int index;
        try {
            size = Long.parseLong(String.valueOf(ctx.header(Protocol.HEADER_BLOB_SIZE)));
            index = Integer.parseInt(ctx.pathParam("index"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "blob size header and chunk index must be numbers");
        }
        byte[] data = readCapped(ctx, Protocol.CHUNK_SIZE);
        ctx.attribute(BYTES, (long) data.length);
        String chunkSha = ctx.header(Protocol.HEADER_CHUNK_SHA256);
        blobs.putChunk(p, ctx.pathParam("scope"), ctx.pathParam("sha"), size, index, data, chunkSha);
        ctx.status(204);
    }

    private void blobCommit(Context ctx) throws SQLException {
        Principal p = principal(ctx);
        Requests.BlobCommit req = body(ctx, Requests.BlobCommit.class);
        blobs.commit(p, ctx.pathParam("scope"), ctx.pathParam("sha"), req.size());
        ctx.status(204);
    }

    private void blobDownload(Context ctx) throws SQLException, IOException {
        Principal p = principal(ctx);
        String scope = ctx.pathParam("scope");
        String sha = ctx.pathParam("sha");
        long size = blobs.committedSize(p, scope, sha);
        if (size < 0) {
            throw new ApiException(ErrorCode.NOT_FOUND, "no such attachment");
        }
        long from = rangeStart(ctx.header("Range"));
        if (from >= size) {
            ctx.status(416).header("Content-Range", "bytes */" + size);
            return;
        }
        if (from > 0) {
            // A download cut earlier goes on from the bytes the client already has (RFC 9110 byte ranges).
            ctx.status(206).header("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
        } else {
            from = 0;
            ctx.status(200);
        }
        ctx.attribute(BYTES, size - from);
        ctx.contentType("application/octet-stream").header("Content-Length", Long.toString(size - from));
        blobs.write(scope, sha, from, ctx.outputStream());
    }

    /** The start of a "bytes=N-" range; -1 without one, or for forms this server does not serve (whole file). */
    static long rangeStart(String header) {
        if (header == null) {
            return -1;
        }
        java.util.regex.Matcher m = OPEN_RANGE.matcher(header.strip());
        if (!m.matches()) {
            return -1;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String ranges(java.util.BitSet set) {
        StringBuilder b = new StringBuilder();
        int i = set.nextSetBit(0);
        while (i >= 0) {
            int end = set.nextClearBit(i) - 1;
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(i);
            if (end > i) {
                b.append('-').append(end);
            }
            i = set.nextSetBit(end + 1);
        }
        return b.toString();
    }
}
