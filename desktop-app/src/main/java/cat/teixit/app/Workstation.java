package cat.teixit.app;

import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.aid.AidRuleService;
import cat.teixit.logic.aid.AidScanService;
import cat.teixit.logic.aid.AidSimulator;
import cat.teixit.logic.audit.AuditPrintout;
import cat.teixit.logic.audit.AuditTrail;
import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.AttachmentService;
import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.ConsentService;
import cat.teixit.logic.casefile.DraftService;
import cat.teixit.logic.casefile.HouseholdService;
import cat.teixit.logic.casefile.InterventionService;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.PersonValidator;
import cat.teixit.logic.casefile.PlanService;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.logic.casefile.ResourceService;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.change.HybridClock;
import cat.teixit.logic.demo.DemoGroups;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.demo.SyntheticArea;
import cat.teixit.logic.directory.DemoDirectory;
import cat.teixit.logic.directory.DirectoryService;
import cat.teixit.logic.directory.DirectorySheet;
import cat.teixit.logic.documents.Council;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.emergency.EmergencyAccess;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.logic.groups.Holidays;
import cat.teixit.logic.privacy.Erasure;
import cat.teixit.logic.privacy.SubjectAccess;
import cat.teixit.logic.reports.ReportFiles;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.signature.SignatureService;
import cat.teixit.logic.status.WorkstationStatus;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.logic.sync.NetworkSettings;
import cat.teixit.logic.sync.SyncNotices;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.BlobStore;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.RemoteWipe;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.persistence.StoreKey;
import cat.teixit.persistence.StoreOpenException;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.http.Sleeper;
import cat.teixit.sync.protocol.EmergencyWire;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;

/**
 * The composition root of the non-visual part: opens the local store and builds every logic
 * service by constructor, once. The GUI and the sub-commands use the services it holds.
 * Thread-safe once built. Each service has its accessor of the same name (Lombok, decision 0028); the store, its
 * keys and the shared plumbing have none: they stay inside.
 */
@Getter
@Accessors(fluent = true)
public final class Workstation implements AutoCloseable {

    @Getter(AccessLevel.NONE)
    private final LocalStore store;
    /** The key the store was opened with: wrapped for each user who signs in (decision 0032). */
    @Getter(AccessLevel.NONE)
    private final StoreKey key;
    @Getter(AccessLevel.NONE)
    private final KeyRing keyRing;
    private final Clock clock;
    private final HybridClock hybridClock;
    private final ChangeRecorder changes;
    private final AuthService auth;
    /** The audit trail of this workstation (docs/decisions/0026-audit-trail.md). */
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final WorkstationStatus status;
    @Getter(AccessLevel.NONE)
    private final PasswordHasher hasher;
    private final CatalogueService catalogues;
    @Getter(AccessLevel.NONE)
    private final CaseDeps caseDeps;
    private final SearchService search;
    private final PersonService people;
    private final HouseholdService households;
    private final CaseFileService caseFiles;
    private final InterventionService interventions;
    private final TimelineService timeline;
    private final ResourceService resources;
    private final PlanService plans;
    private final ReferralService referrals;
    /** Consents per person (GDPR). */
    private final ConsentService consents;
    /** The right of access: everything held about a person, as PDF/A and JSON. */
    private final SubjectAccess subjectAccess;
    /** Erasure after the retention period: legal holds, anonymisation, the scrub of pulled ones. */
    private final Erasure erasure;
    /** Break-the-glass access: opening a case file of another team in an emergency, purged at expiry. */
    private final EmergencyAccess emergency;
    private final AttachmentService attachments;
    private final DraftService drafts;
    private final DocumentService documents;
    /** The agenda: appointments. */
    private final AppointmentService agenda;
    /** The team-lead reports: indicators of a period, computed here. */
    private final ReportService reports;
    /** Group activities: sessions, enrolments, attendance. */
    private final GroupActivityService groups;
    /** The council's resource directory. */
    private final DirectoryService directory;
    /** The sheet of a directory entry for the person, printed and filed in a case file. */
    private final DirectorySheet directorySheets;
    /** The aid rule sets the council loads and shares (a new period's figures). */
    private final AidRuleService aidRules;
    /**
     * The aid simulator, with the bundled rule sets, the council's (synced) and those in the data directory's
     * {@code aid-rules/}.
     */
    private final AidSimulator aids;
    /** The proactive list: case files that may newly qualify for an aid. */
    private final AidScanService aidScan;
    /** The team reports written to files: CSV, XLSX, or printed (through the documents' page layout). */
    private final ReportFiles reportFiles;
    /** The sync port over the local store (for the sync use cases and tests). */
    private final DesktopSyncStore syncStore;
    private final SyncService sync;
    private final ConflictService conflicts;
    private final SyncNotices syncNotices;
    /** Sealing documents after a handwritten signature, and checking seals. */
    private final SignatureService signatures;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Workstation.class);
    @Getter(AccessLevel.NONE)
    private final AtomicBoolean closed = new AtomicBoolean();
    @Getter(AccessLevel.NONE)
    private final AtomicBoolean wiping = new AtomicBoolean();
    /**
     * Completes once the server's revocation of this device has closed the workstation and erased its data (true),
     * or failed to erase it now (false: the next start does); never completes while the device is not revoked.
     */
    private final CompletableFuture<Boolean> remoteWipe = new CompletableFuture<>();

    private Workstation(LocalStore store, StoreKey key, Clock clock, SyncSettings syncSettings, CrashPoints crash,
            SyncService.Transports transports) {
        this.store = store;
        this.key = key;
        this.clock = clock;
        this.hasher = new PasswordHasher();
        this.keyRing = new KeyRing(store.dataDir(), hasher);
        this.hybridClock = DeviceIdentity.clockFor(store, clock);
        BlobStore blobs = new BlobStore(store.dataDir(), key);
        try {
            // Attachments stored in clear by a Teixit before their encryption (docs/encryption.md).
            blobs.encryptInPlace();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.syncStore = new DesktopSyncStore(store, blobs, hybridClock, clock, crash);
        // A first pull killed half-way left its indexes to make (decision 0056).
        syncStore.restoreDeferredIndexes();
        this.access = new AccessPolicy();
        // Changes are recorded for the user logged in on the window (the auth service is built below).
        this.audit = new AuditTrail(store, hybridClock.deviceId(), clock, access, this::sessionUser);
        this.changes = new ChangeRecorder(hybridClock, clock, syncStore, audit);
        this.sync = new SyncService(syncSettings, syncStore, access, clock, crash, transports, audit);
        audit.setRemote(sync);
        sync.onDeviceRevoked(this::deviceRevoked);
        this.auth = new AuthService(store, hasher, clock, hybridClock, sync, audit, new KeyRingGrants(keyRing, key));
        this.catalogues = new CatalogueService(store);
        catalogues.seedAndLoad();
        this.conflicts = new ConflictService(store, syncStore, changes, access, new PersonValidator(catalogues), clock);
        this.syncNotices = new SyncNotices(syncStore, access);
        this.status = new WorkstationStatus(store);
        this.caseDeps = new CaseDeps(store, changes, access, catalogues, clock);
        this.search = new SearchService(caseDeps);
        this.people = new PersonService(caseDeps, search, hybridClock.deviceId());
        this.households = new HouseholdService(caseDeps);
        this.caseFiles = new CaseFileService(caseDeps);
        this.interventions = new InterventionService(caseDeps);
        this.timeline = new TimelineService(caseDeps);
        this.resources = new ResourceService(caseDeps);
        this.plans = new PlanService(caseDeps);
        this.referrals = new ReferralService(caseDeps);
        this.consents = new ConsentService(caseDeps);
        this.attachments = new AttachmentService(caseDeps, blobs, attachmentLimitMb(store),
                store.dataDir().resolve("tmp").resolve("open"), sync::fetchAttachment);
        attachments.cleanViewingCopies();
        this.drafts = new DraftService(store, clock);
        this.agenda = new AppointmentService(store, changes, access, clock);
        this.groups = new GroupActivityService(store, changes, access, clock, Holidays.catalonia());
        this.directory = new DirectoryService(store, changes, access, clock);
        this.aidRules = new AidRuleService(store, changes, access, clock,
                store.dataDir().resolve("aid-rules"));
        this.aids = new AidSimulator(aidRules::ruleBook);
        this.aidScan = new AidScanService(store, access, catalogues, aids);
        // The council is read from the settings at each document, so a change in Settings applies at once.
        this.documents = new DocumentService(store, changes, access, clock, new DocumentService.Sources(caseFiles, people,
                plans, timeline, resources, referrals, catalogues), attachments,
                () -> Council.from(new Preferences(new SettingsFile(store.dataDir()))::get));
        this.subjectAccess = new SubjectAccess(caseDeps, documents);
        this.erasure = new Erasure(store, changes, access, clock, blobs, attachments,
                () -> retentionYears(store));
        sync.afterEachPull(erasure::scrubPulled);
        this.emergency = new EmergencyAccess(store, access, audit, clock,
                new EmergencyAccess.Remote() {
                    @Override
                    public EmergencyWire.Opening open(String caseFile, String reason,
                            String requestId) {
                        return sync.openEmergency(caseFile, reason, requestId);
                    }

                    @Override
                    public EmergencyWire.Openings openings() {
                        return sync.emergencyOpenings();
                    }

                    @Override
                    public boolean connected() {
                        return sync.hasSession();
                    }
                }, syncStore::purgeScope);
        // Expired break-the-glass openings are purged after each sync (the user's own scopes are never purged so).
        sync.afterEachSync(() -> sessionUser().ifPresent(u -> emergency.purgeExpired(u.visibleScopes())));
        sync.afterEachSync(() -> sessionUser().ifPresent(u -> KeyEscrow.keep(keyRing, key, sync, syncStore.deviceId(),
                u.username())));
        this.reports = new ReportService(store, access, catalogues, clock, syncStore::indexesDeferred);
        this.directorySheets = new DirectorySheet(directory, documents, clock);
        this.reportFiles = new ReportFiles(documents);
        this.signatures = new SignatureService(new Preferences(new SettingsFile(store.dataDir())), store.dataDir(),
                System.getenv(), clock);
    }

    /** The retention period of closed case files ({@code privacy.retentionYears}, 1 to 100 years). */
    private static int retentionYears(LocalStore store) {
        String v = new Preferences(new SettingsFile(store.dataDir())).get("privacy.retentionYears",
                String.valueOf(Erasure.DEFAULT_RETENTION_YEARS));
        try {
            int years = Integer.parseInt(v.strip());
            return years >= 1 && years <= 100 ? years : Erasure.DEFAULT_RETENTION_YEARS;
        } catch (NumberFormatException e) {
            return Erasure.DEFAULT_RETENTION_YEARS;
        }
    }

    private static long attachmentLimitMb(LocalStore store) {
        String v = new Preferences(new SettingsFile(store.dataDir())).get("attachments.maxSizeMb",
                String.valueOf(AttachmentService.DEFAULT_MAX_MB));
        try {
            long mb = Long.parseLong(v.strip());
            return mb > 0 && mb <= 2048 ? mb : AttachmentService.DEFAULT_MAX_MB;
        } catch (NumberFormatException e) {
            return AttachmentService.DEFAULT_MAX_MB;
        }
    }

    /**
     * Opens the store in {@code dataDir} (locked by {@code lock}) with {@code key} ({@link DataKeys#forUser} gives a
     * user's); seeds the demo accounts into an empty store if asked.
     */
    public static Workstation open(Path dataDir, InstanceLock lock, StoreKey key, boolean seedDemo)
            throws StoreOpenException {
        return open(dataDir, lock, key, seedDemo, false, null, CrashPoints.NONE, null);
    }

    /**
     * Opens {@code dataDir} for {@code username}: the key their password unwraps ({@link DataKeys#forUser}); the lock
     * is released when it cannot be opened (a {@code NO_KEY} or {@code WRONG_PASSWORD} reason among others). The
     * user is not logged in yet: {@code auth().login} follows, as ever.
     */
    public static Workstation openAs(Path dataDir, InstanceLock lock, String username, char[] password)
            throws StoreOpenException {
        return open(dataDir, lock, keyFor(dataDir, lock, username, password), false);
    }

    /** As {@link #openAs}, to sync with the server of {@code sync} through {@code transports}. */
    public static Workstation openToSyncAs(Path dataDir, InstanceLock lock, String username, char[] password,
            SyncSettings sync, CrashPoints crash, SyncService.Transports transports) throws StoreOpenException {
        return open(dataDir, lock, keyFor(dataDir, lock, username, password), false, false, sync, crash,
                transports);
    }

    /** As {@link #openAs}, the demo store (seeded when new). */
    public static Workstation openDemoStoreAs(Path dataDir, InstanceLock lock, String username, char[] password)
            throws StoreOpenException {
        return openDemoStore(dataDir, lock, keyFor(dataDir, lock, username, password));
    }

    private static StoreKey keyFor(Path dataDir, InstanceLock lock, String username, char[] password)
            throws StoreOpenException {
        try {
            return DataKeys.forUser(dataDir, username, password);
        } catch (StoreOpenException e) {
            if (e.reason() == StoreOpenException.Reason.WRONG_PASSWORD) {
                // A password reset on the central server (docs/decisions/0046).
                StoreKey recovered = KeyEscrow.recover(dataDir, new KeyRing(dataDir, new PasswordHasher()),
                        DataKeys.normal(username), password).key();
                if (recovered != null) {
                    return recovered;
                }
            }
            lock.close();
            throw e;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the store in {@code dataDir} to sync with the server of {@code sync} (instead of the one in
     * its settings); {@code crash} is for the tests that stop a sync at a labelled step.
     */
    public static Workstation openToSync(Path dataDir, InstanceLock lock, StoreKey key, SyncSettings sync,
            CrashPoints crash) throws StoreOpenException {
        return open(dataDir, lock, key, false, false, sync, crash, null);
    }

    /**
     * As {@link #openToSync(Path, InstanceLock, SyncSettings, CrashPoints)}, waiting between a request's tries
     * with {@code sleeper}: for tests whose offline steps must not wait out the retry budget.
     */
    public static Workstation openToSync(Path dataDir, InstanceLock lock, StoreKey key, SyncSettings sync,
            CrashPoints crash, Sleeper sleeper) throws StoreOpenException {
        return open(dataDir, lock, key, false, false, sync, crash, SyncService.Transports.http(sleeper));
    }

    /**
     * As {@link #openToSync(Path, InstanceLock, SyncSettings, CrashPoints)}, with the sessions' transports
     * opened by {@code transports}: for tests that watch what the sync sends and receives. {@code crash} is
     * also reached inside the sync store's transactions (labels in {@link DesktopSyncStore#CRASH_LABELS}).
     */
    public static Workstation openToSync(Path dataDir, InstanceLock lock, StoreKey key, SyncSettings sync,
            CrashPoints crash, SyncService.Transports transports) throws StoreOpenException {
        return open(dataDir, lock, key, false, false, sync, crash, transports);
    }

    /**
     * Opens the demo store in {@code dataDir}: an empty one is seeded with the demo accounts and a
     * small synthetic area whose case files they hold (a few seconds, once).
     */
    public static Workstation openDemoStore(Path dataDir, InstanceLock lock, StoreKey key) throws StoreOpenException {
        return open(dataDir, lock, key, true, true, null, CrashPoints.NONE, null);
    }

    private static Workstation open(Path dataDir, InstanceLock lock, StoreKey key, boolean seedDemo, boolean withArea,
            SyncSettings sync, CrashPoints crash, SyncService.Transports transports) throws StoreOpenException {
        if (RemoteWipe.pending(dataDir)) {
            // The server revoked this device and the wipe was cut short: finish it before anything is opened.
            RemoteWipe.purge(dataDir);
        }
        LocalStore store = LocalStore.open(dataDir, lock, key);
        try {
            Preferences prefs = new Preferences(new SettingsFile(dataDir));
            NetworkSettings.applyProxy(prefs);
            SyncSettings settings = sync != null ? sync : SyncSettings.from(prefs);
            Workstation w = new Workstation(store, key, Clock.systemUTC(), settings, crash,
                    transports != null ? transports : SyncService.Transports.http(null));
            if (seedDemo) {
                DemoSeeder seeder = new DemoSeeder(store, w.hasher, w.hybridClock);
                if (withArea) {
                    demoCouncil(dataDir);
                    LocalDate today = LocalDate.now(w.clock.withZone(CaseDeps.ZONE));
                    if (seeder.seedWithAreaIfEmpty(today)) {
                        w.addDemoGroups(today);
                    }
                } else {
                    seeder.seedIfEmpty();
                }
                w.grantDemoAccounts();
            }
            return w;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Adds the demo's group activities ({@link DemoGroups}) for the first demo account's team, as of {@code today}, and
     * the demo resource directory (as the demo's administrator, {@code DemoDirectory}): to
     * a demo store just seeded, or a synthetic area just generated (nothing when that account is not there); written as
     * already synced, like the rest of the fictitious history, so that a new demo store has no pending changes.
     */
    public void addDemoGroups(LocalDate today) {
        store.read(tx -> tx.users().findByUsername(DemoSeeder.USERS.getFirst().username())).map(CurrentUser::of)
                .ifPresent(first -> {
                    DemoGroups.seed(groups(), documents(), caseFiles(), first, today);
                    store.read(tx -> tx.users().findByUsername("admin")).map(CurrentUser::of)
                            .ifPresent(admin -> DemoDirectory.seed(directory, admin));
                    store.write(tx -> {
                        tx.bulk().markLocalWorkSynced();
                        return null;
                    });
                });
    }

    /**
     * Gives every demo account that has none its key to this store, under the published demo password (one key
     * derivation for all), and marks the store as a demonstration's.
     */
    private void grantDemoAccounts() {
        List<String> missing = DemoSeeder.USERS.stream().map(DemoSeeder.DemoUser::username)
                .filter(u -> !keyRing.has(u)).toList();
        if (!missing.isEmpty()) {
            keyRing.grantAll(missing, DemoSeeder.DEMO_PASSWORD.toCharArray(), key);
            keyRing.markDemo();
        }
    }

    /** A fictitious council for the demo store's documents, unless one is set. */
    private static void demoCouncil(Path dataDir) {
        Preferences prefs = new Preferences(new SettingsFile(dataDir));
        if (prefs.get(Council.NAME, "").isBlank() && !prefs.managed(Council.NAME) && !prefs.managed(Council.ADDRESS)) {
            prefs.set(Council.NAME, "Ajuntament de Teixit (demostració)");
            prefs.set(Council.ADDRESS, "Plaça de la Vila, 1 · 17001 Girona");
        }
    }

    /** The store itself: for this package's composition and for tests (through a helper of their own). */
    LocalStore store() {
        return store;
    }

    /**
     * Fills this new store with a fictitious area ({@code teixit generate}); {@code progress} gets people
     * written and total.
     */
    public SyntheticArea.Summary generateArea(SyntheticArea.Options options, String verifier,
            SyntheticArea.Progress progress) {
        SyntheticArea.Summary summary = SyntheticArea.generate(store, options, verifier, progress);
        // Every generated account signs in with the demo password: each gets its key under it.
        List<String> names = store.read(tx -> tx.users().all().stream()
                .filter(UserAccount::hasVerifier)
                .map(UserAccount::getUsername).toList());
        keyRing.grantAll(names, DemoSeeder.DEMO_PASSWORD.toCharArray(), key);
        keyRing.markDemo();
        return summary;
    }

    /** A plain read-only connection to the store, outside its pools: the benchmarks' baselines. */
    public java.sql.Connection readOnlyConnectionForBenchmark() throws java.sql.SQLException {
        return store.readOnlyConnection();
    }

    /** A read of the store for the benchmarks' sampling queries (they measure the product on real rows). */
    public <T> T readForBenchmark(java.util.function.Function<StoreTx, T> query) {
        return store.read(query::apply);
    }

    /** The user logged in on this workstation, if any (none while the services are being built). */
    private Optional<CurrentUser> sessionUser() {
        AuthService a = auth;
        return a == null ? Optional.empty() : a.currentUser();
    }

    /** Audit lists as PDF/A, through the documents' PDF path. */
    public AuditPrintout auditPrintout() {
        return new AuditPrintout(documents, access);
    }

    /**
     * Starts a sync for the user logged in, when there is one (a case file opened in an emergency comes with it), or
     * joins the one running. The future never fails; it completes at once when there is no one or no server.
     */
    public CompletableFuture<?> syncSoon() {
        return sessionUser().filter(u -> sync.configured()).<CompletableFuture<?>>map(sync::syncNow)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            sync.close();
            // The copies in clear opened in a viewer; one still open there is removed at the next start.
            attachments.cleanViewingCopies();
        } finally {
            store.close();
        }
    }

    /**
     * The server revoked this device (docs/decisions/0024): the decision is written to the data directory first,
     * then, on a thread of its own (never the sync's, which it waits for), the workstation closes and its local
     * data is erased. A wipe cut short is finished at the next start, before the store opens.
     */
    private void deviceRevoked() {
        if (!wiping.compareAndSet(false, true)) {
            return;
        }
        Path dataDir = store.dataDir();
        RemoteWipe.mark(dataDir, clock.instant());
        Thread.ofPlatform().name("teixit-remote-wipe").daemon().start(() -> {
            boolean erased = false;
            try {
                close();
                RemoteWipe.purge(dataDir);
                erased = true;
            } catch (RuntimeException e) {
                LOG.error("The local data could not be erased now; it is at the next start", e);
            }
            remoteWipe.complete(erased);
        });
    }

    /** True once the server answered that it revoked this device (the remote wipe has begun). */
    public boolean revoked() {
        return wiping.get();
    }

    /** When this workstation's data was erased because the server revoked it, until the user has been told. */
    public static Optional<java.time.Instant> remoteWipeNotice(Path dataDir) {
        return RemoteWipe.notice(dataDir);
    }

    /** The user has been told of the remote wipe. */
    public static void remoteWipeAcknowledged(Path dataDir) {
        RemoteWipe.acknowledge(dataDir);
    }
}
