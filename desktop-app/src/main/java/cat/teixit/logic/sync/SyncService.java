package cat.teixit.logic.sync;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.RemoteAuthenticator;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.persistence.sync.SyncCounts;
import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncAuthException;
import cat.teixit.sync.client.SyncCancelledException;
import cat.teixit.sync.client.SyncDeviceRevokedException;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncException;
import cat.teixit.sync.client.SyncLockedOutException;
import cat.teixit.sync.client.SyncNetworkException;
import cat.teixit.sync.client.SyncProgress;
import cat.teixit.sync.client.SyncProtocolException;
import cat.teixit.sync.client.SyncReport;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.client.SyncUpgradeRequiredException;
import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.CredentialsProvider;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.Sleeper;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.Responses;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synchronises this workstation with the central server: "sync now", a periodic sync in the background
 * while someone is logged in, cancellation, and the state the window shows (connection, progress,
 * pending changes, last success, conflicts, refusals). Also the server side of logging in
 * ({@link RemoteAuthenticator}): a login checked by the server becomes the session that syncs.
 * One sync runs at a time on its own thread. Thread-safe.
 */
public final class SyncService implements RemoteAuthenticator, cat.teixit.logic.audit.AuditTrail.RemoteAudit,
        AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    /** After a failure to reach the server, the background tries again sooner than its interval. */
    private static final Duration RETRY_OFFLINE = Duration.ofMinutes(1);

    /** Where the connection with the server stands, as far as the last contact tells. */
    public enum Connection {
        NOT_CONFIGURED, UNKNOWN, ONLINE, OFFLINE, LOGIN_REFUSED, UPGRADE_REQUIRED, SERVER_ERROR
    }

    /** How a sync ended. */
    public enum Outcome {
        OK, CANCELLED, OFFLINE, LOGIN_REFUSED, UPGRADE_REQUIRED, PROTOCOL_ERROR, SERVER_ERROR, LOCAL_ERROR,
        NOT_LOGGED_IN, NOT_CONFIGURED
    }

    /** What a running sync is doing. */
    public enum Phase {
        SESSION, PURGE, UPLOAD, PUSH, PULL, DONE
    }

    /** Progress of a running sync: phase, done of total (-1 unknown), and a technical detail (scope, op range). */
    public record Activity(Phase phase, long done, long total, String detail) {
    }

    /** The result of one sync, in counts. */
    public record Result(Outcome outcome, int pushed, int pulled, int conflicts, int rejected, int purgedScopes,
            int lostChanges) {
        static Result of(Outcome outcome) {
            return new Result(outcome, 0, 0, 0, 0, 0, 0);
        }
    }

    /** Everything the window says about the sync. Immutable. */
    public record Status(boolean configured, Connection connection, boolean running, Activity activity,
            long pendingChanges, Instant lastSuccessAt, Instant lastAttemptAt, long openConflicts, long rejections,
            long purges, long failedUploads) {
    }

    /** One logged-in user's connection to the server; the password is kept only for logging in again. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class Session {
        final String username;
        final AtomicReference<char[]> password;
        final HttpSyncTransport transport;
        final SyncEngine engine;

        void close() {
            char[] pw = password.getAndSet(null);
            if (pw != null) {
                Arrays.fill(pw, '\0');
            }
            transport.logout();
            transport.close();
        }
    }

    private final SyncSettings settings;
    private final DesktopSyncStore store;
    private final AccessPolicy access;
    private final CrashPoints crash;
    private final Clock clock;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterPull = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterEvery = new CopyOnWriteArrayList<>();
    private final ExecutorService worker;
    private final ScheduledExecutorService timer;
    private final Transports transports;
    private final cat.teixit.logic.audit.AuditTrail audit;
    private Session session;
    private Session verified;
    private CompletableFuture<Result> running;
    private CancellationToken cancellation;
    private ScheduledFuture<?> background;
    private Instant nextDue;
    private volatile Connection connection;
    private volatile Activity activity;
    private volatile SyncCounts counts;
    private volatile Runnable deviceRevoked = () -> { };

    /** Opens the HTTP transport of a session: built by the composition root, so that tests can pace it. */
    @FunctionalInterface
    public interface Transports {
        HttpSyncTransport open(TransportConfig config, CredentialsProvider credentials);

        /** Real transports that wait between tries with {@code sleeper} (null: real waits, which a cancel ends). */
        static Transports http(Sleeper sleeper) {
            return (config, credentials) -> new HttpSyncTransport(config, credentials, sleeper);
        }

        /** What the sync engine calls through: the transport itself (a test may watch it). */
        default SyncTransport forEngine(HttpSyncTransport transport) {
            return transport;
        }
    }

    public SyncService(SyncSettings settings, DesktopSyncStore store, AccessPolicy access, Clock clock,
            CrashPoints crash, Transports transports) {
        this(settings, store, access, clock, crash, transports, null);
    }

    /** @param audit the audit trail uploaded after each sync (docs/sync-protocol.md §10; null: none) */
    public SyncService(SyncSettings settings, DesktopSyncStore store, AccessPolicy access, Clock clock,
            CrashPoints crash, Transports transports, cat.teixit.logic.audit.AuditTrail audit) {
        this.audit = audit;
        this.settings = settings;
        this.transports = transports;
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.crash = crash;
        this.connection = settings.configured() ? Connection.UNKNOWN : Connection.NOT_CONFIGURED;
        this.worker = Executors.newSingleThreadExecutor(daemon("teixit-sync"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("teixit-sync-timer"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public SyncSettings settings() {
        return settings;
    }

    /**
     * What to do when the server answers that it revoked this device (remote wipe, docs/decisions/0024): called
     * once per such answer, on the thread that got it (a sync's or a login's), which it must not wait for.
     */
    public void onDeviceRevoked(Runnable action) {
        this.deviceRevoked = action;
    }

    private void deviceRevoked() {
        LOG.warn("The server revoked this device: its local data is to be erased");
        try {
            deviceRevoked.run();
        } catch (RuntimeException e) {
            LOG.error("The remote wipe could not be started", e);
        }
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    // ---- login

    private Session newSession(String username, char[] password) {
        AtomicReference<char[]> holder = new AtomicReference<>(password.clone());
        return session(username, holder, transports.open(transportConfig(), credentials(username, holder)));
    }

    private Session session(String username, AtomicReference<char[]> holder, HttpSyncTransport transport) {
        SyncEngine engine = new SyncEngine(transports.forEngine(transport), store, SyncEngineConfig.defaults(), crash);
        return new Session(username, holder, transport, engine);
    }

    /** The documented timeouts and retry budget (docs/sync-protocol.md §2), defined in the sync client only. */
    private TransportConfig transportConfig() {
        TransportConfig config = TransportConfig.defaults(settings.serverUrl(), store.deviceId(), settings.allowPlainHttp())
                .withDeviceKey(store.deviceKey());
        return settings.trust() != null ? config.withTrustManager(settings.trust()) : config;
    }

    private static CredentialsProvider credentials(String username,
            AtomicReference<char[]> holder) {
        return () -> {
            char[] pw = holder.get();
            return pw == null ? null : new Credentials(username, pw);
        };
    }

    @Override
    public Answer authenticate(String username, char[] password) {
        if (!configured()) {
            return new Answer.Unreachable();
        }
        // A person is waiting: the server gets a short budget (RetryPolicy.INTERACTIVE), then the login goes on
        // offline against the cache. The session then syncs with the patient budget and the same tokens.
        AtomicReference<char[]> holder = new AtomicReference<>(password.clone());
        HttpSyncTransport probe = transports.open(transportConfig().interactive(), credentials(username, holder));
        Session candidate = session(username, holder, probe);
        try {
            Responses.Session s = probe.session();
            candidate = session(username, holder, probe.reconfigured(transportConfig()));
            probe.close();
            if (!s.username().equalsIgnoreCase(username) || s.team() == null) {
                throw new SyncProtocolException("the session names another user or no team");
            }
            synchronized (this) {
                if (verified != null) {
                    verified.close();
                }
                verified = candidate;
            }
            setConnection(Connection.ONLINE);
            return new Answer.Verified(new ServerIdentity(s.username(), s.displayName(), s.team(), s.teamName(),
                    s.areaName(), s.roles(),
                    s.scopes().stream().collect(java.util.stream.Collectors.toMap(Responses.ScopeGrant::scope,
                            Responses.ScopeGrant::write, (a, b) -> a || b)),
                    s.colleagues().stream().map(c -> new RemoteAuthenticator.Colleague(c.username(), c.displayName(),
                            c.team())).toList()));
        } catch (SyncException | IllegalArgumentException e) {
            candidate.close();
            return refusal(e);
        }
    }

    /** The answer to a login the server did not verify, with {@code e}: refused, locked out, or unreachable. */
    private Answer refusal(RuntimeException e) {
        return switch (e) {
            case SyncLockedOutException x -> new Answer.LockedOut();
            case SyncDeviceRevokedException x -> {
                setConnection(Connection.LOGIN_REFUSED);
                deviceRevoked();
                yield new Answer.Refused();
            }
            case SyncAuthException x -> new Answer.Refused();
            case SyncUpgradeRequiredException x -> {
                setConnection(Connection.UPGRADE_REQUIRED);
                yield new Answer.UpgradeRequired();
            }
            default -> {
                if (e instanceof SyncServerException x && ErrorCode.DEVICE_KEY_MISMATCH.code().equals(x.code())) {
                    // Another installation registered this device id first (a copied store?): IT must reinstall.
                    LOG.warn("The server refuses this workstation's device id: it is registered with another device"
                            + " key (docs/decisions/0013-device-keys.md)");
                }
                LOG.info("Server not available for login ({}); checking the local cache", e.getClass().getSimpleName());
                setConnection(e instanceof SyncNetworkException ? Connection.OFFLINE : Connection.SERVER_ERROR);
                yield new Answer.Unreachable();
            }
        };
    }

    @Override
    public synchronized void loggedIn(CurrentUser user, String username, char[] password) {
        closeSession();
        if (verified != null && verified.username.equalsIgnoreCase(username)) {
            session = verified;
        } else {
            session = newSession(username, password);
            if (verified != null) {
                verified.close();
            }
        }
        verified = null;
        notifyListeners();
    }

    /**
     * Forgets the session at once (no new sync can start) and stops the running sync; the session's
     * connection and password are wiped on the sync thread once that sync has ended. Never waits.
     */
    @Override
    public void loggedOut() {
        synchronized (this) {
            stopBackground();
            if (cancellation != null) {
                cancellation.cancel();
            }
            closeSession();
        }
        notifyListeners();
    }

    private void closeSession() {
        if (session != null) {
            Session old = session;
            session = null;
            worker.execute(old::close);
        }
    }

    public synchronized boolean hasSession() {
        return session != null;
    }

    // ---- syncing

    /** Starts a sync for {@code user} (or returns the one running); the future never fails: see its outcome. */
    public CompletableFuture<Result> syncNow(CurrentUser user) {
        access.require(user, Permission.SYNC);
        return start();
    }

    private synchronized CompletableFuture<Result> start() {
        if (running != null && !running.isDone()) {
            return running;
        }
        if (!configured()) {
            return CompletableFuture.completedFuture(Result.of(Outcome.NOT_CONFIGURED));
        }
        if (session == null) {
            return CompletableFuture.completedFuture(Result.of(Outcome.NOT_LOGGED_IN));
        }
        Session s = session;
        CancellationToken token = new CancellationToken();
        cancellation = token;
        activity = new Activity(Phase.SESSION, 0, -1, "");
        running = CompletableFuture.supplyAsync(() -> run(s, token), worker);
        // Once the future is done, the state says so (not running, new counts, last success).
        running.whenComplete((r, e) -> notifyListeners());
        notifyListeners();
        return running;
    }

    /** Stops the running sync, if any; what it completed is kept and the next sync continues. */
    public synchronized void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    public synchronized boolean isRunning() {
        return running != null && !running.isDone();
    }

    /**
     * Runs {@code work} after each sync that pulled records, on the sync's thread (an anonymisation pulled from
     * another workstation is scrubbed there); its failure is logged and does not fail the sync.
     */
    public void afterEachPull(Runnable work) {
        afterPull.add(work);
    }

    /** Runs {@code work} after each sync that ended well, pulled or not, as {@link #afterEachPull} does. */
    public void afterEachSync(Runnable work) {
        afterEvery.add(work);
    }

    private void afterSync(int pulled) {
        for (Runnable r : pulled == 0 ? afterEvery : java.util.stream.Stream.concat(afterPull.stream(),
                afterEvery.stream()).toList()) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("Work after a sync failed ({})", e.getClass().getSimpleName());
            }
        }
    }

    private Result run(Session s, CancellationToken token) {
        Result result;
        try {
            SyncReport report = s.engine.syncOnce(this::progress, token);
            uploadAudit(s, token);
            int lost = report.purges().stream().mapToInt(p -> p.pendingOps().size()).sum();
            result = new Result(Outcome.OK, report.opsPushed(), report.recordsPulled(), report.conflicts(),
                    report.rejected(), report.purges().size(), lost);
            setConnection(Connection.ONLINE);
            remember(true, Outcome.OK, report);
            afterSync(report.recordsPulled());
        } catch (RuntimeException e) {
            if (e instanceof SyncDeviceRevokedException) {
                deviceRevoked();
            }
            Outcome outcome = outcomeOf(e);
            if (outcome == Outcome.OFFLINE || outcome == Outcome.CANCELLED) {
                LOG.info("Sync ended: {}", outcome);
            } else {
                LOG.warn("Sync ended: {} ({})", outcome, e.getClass().getSimpleName());
            }
            LOG.debug("Sync failure", e);
            switch (outcome) {
                case OFFLINE -> setConnection(Connection.OFFLINE);
                case LOGIN_REFUSED -> setConnection(Connection.LOGIN_REFUSED);
                case UPGRADE_REQUIRED -> setConnection(Connection.UPGRADE_REQUIRED);
                case PROTOCOL_ERROR, SERVER_ERROR -> setConnection(Connection.SERVER_ERROR);
                default -> {
                }
            }
            remember(false, outcome, null);
            result = Result.of(outcome);
        }
        synchronized (this) {
            activity = null;
            Duration wait = switch (result.outcome()) {
                case OFFLINE, SERVER_ERROR, PROTOCOL_ERROR, LOCAL_ERROR -> min(settings.interval(), RETRY_OFFLINE);
                case LOGIN_REFUSED, UPGRADE_REQUIRED -> null;
                default -> settings.interval();
            };
            nextDue = wait == null ? null : clock.instant().plus(wait);
        }
        return result;
    }

    @Override
    public java.util.List<cat.teixit.sync.protocol.AuditEntry> ofCaseFile(java.util.UUID caseFileId) {
        return remoteAudit(t -> t.auditEntries(caseFileId.toString(), null, null, null));
    }

    @Override
    public java.util.List<cat.teixit.sync.protocol.AuditEntry> ofUser(String userName, java.time.Instant from,
            java.time.Instant to) {
        return remoteAudit(t -> t.auditEntries(null, userName, from.toEpochMilli(), to.toEpochMilli()));
    }

    /**
     * Opens a case file outside the user's scopes on the server (break the glass). Throws
     * {@link IllegalStateException} without a session (offline), or the server's refusal as it came.
     */
    public cat.teixit.sync.protocol.EmergencyWire.Opening openEmergency(String caseFile, String reason,
            String requestId) {
        return onSession(t -> t.openEmergency(caseFile, reason, requestId));
    }

    /** The break-the-glass openings the server lists for the team lead logged in. */
    public cat.teixit.sync.protocol.EmergencyWire.Openings emergencyOpenings() {
        return onSession(HttpSyncTransport::emergencyOpenings);
    }

    private <T> T onSession(java.util.function.Function<HttpSyncTransport, T> call) {
        Session s;
        synchronized (this) {
            s = session;
        }
        if (s == null) {
            throw new IllegalStateException("no session with the central server");
        }
        return call.apply(s.transport);
    }

    /** The signed-in user's session with the server, or null. */
    private synchronized Session current() {
        return session;
    }

    /**
     * The signed-in user's name once the server keeps {@code secret} for them and this device (docs/decisions/0046);
     * null without a session or when the server did not take it (tried again after a later sync).
     */
    public String depositEscrow(String secret) {
        Session s = current();
        if (s == null) {
            return null;
        }
        try {
            s.transport.depositEscrow(secret);
            return s.username;
        } catch (RuntimeException e) {
            LOG.info("The server did not keep this laptop's key secret ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    /** The server's audit entries the call reads, or null without a session or when the server does not answer. */
    private java.util.List<cat.teixit.sync.protocol.AuditEntry> remoteAudit(
            java.util.function.Function<HttpSyncTransport, cat.teixit.sync.protocol.AuditWire.Entries> call) {
        Session s = current();
        if (s == null) {
            return null;
        }
        try {
            return call.apply(s.transport).entries().stream().map(cat.teixit.sync.protocol.AuditWire.Served::entry)
                    .toList();
        } catch (RuntimeException e) {
            LOG.info("The server's audit trail could not be read ({}): this workstation's only",
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Uploads the audit entries the server has not acknowledged, in stored order, a batch at a time; each answer is
     * recorded before the next batch leaves. An upload cut short is sent again from the last acknowledged entry at
     * the next sync (the server skips what it already holds as it is).
     */
    private void uploadAudit(Session s, CancellationToken token) {
        if (audit == null) {
            return;
        }
        while (!token.isCancelled()) {
            java.util.List<cat.teixit.sync.protocol.AuditEntry> next = audit.unsent(
                    cat.teixit.sync.protocol.AuditWire.MAX_ENTRIES);
            if (next.isEmpty()) {
                return;
            }
            cat.teixit.sync.protocol.AuditWire.Received r = s.transport.uploadAudit(
                    new cat.teixit.sync.protocol.AuditWire.Upload(audit.deviceId(), next));
            audit.acknowledged(next.getLast().seq());
            if (r.findings() > 0) {
                LOG.warn("The server found {} problem(s) in this workstation's audit trail", r.findings());
            }
            if (next.size() < cat.teixit.sync.protocol.AuditWire.MAX_ENTRIES) {
                return;
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static Outcome outcomeOf(Throwable e) {
        return switch (e) {
            case SyncCancelledException x -> Outcome.CANCELLED;
            case SyncNetworkException x -> Outcome.OFFLINE;
            case SyncAuthException x -> Outcome.LOGIN_REFUSED;
            case SyncUpgradeRequiredException x -> Outcome.UPGRADE_REQUIRED;
            case SyncProtocolException x -> Outcome.PROTOCOL_ERROR;
            case SyncServerException x -> Outcome.SERVER_ERROR;
            default -> Outcome.LOCAL_ERROR;
        };
    }

    private void remember(boolean success, Outcome outcome, SyncReport report) {
        String json = report == null ? null : String.format(Locale.ROOT,
                "{\"pushed\":%d,\"pulled\":%d,\"conflicts\":%d,\"rejected\":%d,\"purges\":%d,\"ms\":%d}",
                report.opsPushed(), report.recordsPulled(), report.conflicts(), report.rejected(), report.purges().size(),
                report.elapsed().toMillis());
        try {
            store.recordOutcome(success, outcome.name(), json);
        } catch (RuntimeException e) {
            LOG.warn("The sync outcome could not be saved", e);
        }
        refreshCounts();
    }

    private void progress(SyncProgress p) {
        Phase phase = switch (p.phase()) {
            case SESSION -> Phase.SESSION;
            case PURGE -> Phase.PURGE;
            case UPLOAD -> Phase.UPLOAD;
            case PUSH -> Phase.PUSH;
            case PULL -> Phase.PULL;
            case DONE -> Phase.DONE;
        };
        activity = new Activity(phase, p.done(), p.total(), p.detail() == null ? "" : p.detail());
        notifyListeners();
    }

    // ---- background

    /** Syncs in the background every {@link SyncSettings#interval()} while logged in (first soon after). */
    public synchronized void startBackground() {
        if (!configured() || settings.interval().isZero() || background != null) {
            return;
        }
        nextDue = clock.instant().plusSeconds(3);
        background = timer.scheduleWithFixedDelay(this::tick, 1, 5, TimeUnit.SECONDS);
    }

    public synchronized void stopBackground() {
        if (background != null) {
            background.cancel(false);
            background = null;
        }
    }

    private void tick() {
        boolean due;
        synchronized (this) {
            due = session != null && !isRunning() && nextDue != null && !clock.instant().isBefore(nextDue);
        }
        if (due) {
            start();
        }
    }

    // ---- state

    /** Listens to every change of state (called from the sync thread: hand it to the UI thread). */
    public void addListener(Consumer<Status> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Status> listener) {
        listeners.remove(listener);
    }

    /** The state now, with counts read from the store (not on the UI thread). */
    public Status status() {
        refreshCounts();
        return snapshot();
    }

    private void refreshCounts() {
        try {
            counts = store.counts();
        } catch (RuntimeException e) {
            LOG.warn("Sync counts unreadable", e);
        }
    }

    private Status snapshot() {
        SyncCounts c = counts;
        boolean busy;
        Activity a;
        synchronized (this) {
            busy = isRunning();
            a = activity;
        }
        if (c == null) {
            return new Status(configured(), connection, busy, a, 0, null, null, 0, 0, 0, 0);
        }
        return new Status(configured(), connection, busy, a, c.pendingChanges(), instant(c.lastSuccessAt()),
                instant(c.lastAttemptAt()), c.openConflicts(), c.rejections(), c.purges(), c.failedUploads());
    }

    private static Instant instant(Long ms) {
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    private void setConnection(Connection c) {
        connection = c;
        notifyListeners();
    }

    private void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        Status s = snapshot();
        for (Consumer<Status> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("A sync status listener failed", e);
            }
        }
    }

    // ---- attachments

    /**
     * Downloads an attachment's content from the server into {@code into} (verified against its hash, then
     * encrypted there); false when no session or the server cannot give it now.
     */
    public boolean fetchAttachment(String scope, String sha256, cat.teixit.persistence.BlobStore into) {
        Session s;
        synchronized (this) {
            s = session;
        }
        if (s == null) {
            return false;
        }
        try {
            s.engine.downloadBlob(scope, sha256, into.downloadWork(sha256), in -> into.save(sha256, in));
            return true;
        } catch (SyncException e) {
            LOG.info("Attachment {} not downloaded: {}", sha256, e.getClass().getSimpleName());
            return false;
        }
    }

    /** Stops syncing for good: the running sync is cancelled and waited for (at most 30 s). */
    @Override
    public void close() {
        loggedOut();
        timer.shutdownNow();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The sync did not stop within 30 s");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
