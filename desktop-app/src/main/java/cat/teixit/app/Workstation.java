package cat.teixit.app;

import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.auth.PasswordHasher;
import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.HouseholdService;
import cat.teixit.logic.casefile.InterventionService;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.status.WorkstationStatus;
import cat.teixit.logic.sync.ChangeRecorder;
import cat.teixit.logic.sync.DeviceIdentity;
import cat.teixit.logic.sync.HybridClock;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreOpenException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root of the non-visual part: opens the local store and builds every logic
 * service by constructor, once. The GUI and the sub-commands use the services it holds.
 * Thread-safe once built.
 */
public final class Workstation implements AutoCloseable {

    private final LocalStore store;
    private final Clock clock;
    private final HybridClock hybridClock;
    private final ChangeRecorder changes;
    private final AuthService auth;
    private final AccessPolicy access;
    private final WorkstationStatus status;
    private final PasswordHasher hasher;
    private final CatalogueService catalogues;
    private final CaseDeps caseDeps;
    private final SearchService search;
    private final PersonService people;
    private final HouseholdService households;
    private final CaseFileService caseFiles;
    private final InterventionService interventions;
    private final TimelineService timeline;

    private Workstation(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.hasher = new PasswordHasher();
        this.hybridClock = DeviceIdentity.clockFor(store, clock);
        this.changes = new ChangeRecorder(hybridClock, clock);
        this.auth = new AuthService(store, hasher, clock);
        this.access = new AccessPolicy();
        this.status = new WorkstationStatus(store);
        this.catalogues = new CatalogueService(store);
        catalogues.seedAndLoad();
        this.caseDeps = new CaseDeps(store, changes, access, catalogues, clock);
        this.search = new SearchService(caseDeps);
        this.people = new PersonService(caseDeps, search, hybridClock.deviceId());
        this.households = new HouseholdService(caseDeps);
        this.caseFiles = new CaseFileService(caseDeps);
        this.interventions = new InterventionService(caseDeps);
        this.timeline = new TimelineService(caseDeps);
    }

    /** Opens the store in {@code dataDir} (locked by {@code lock}); seeds the demo area into an empty store if asked. */
    public static Workstation open(Path dataDir, InstanceLock lock, boolean seedDemo) throws StoreOpenException {
        LocalStore store = LocalStore.open(dataDir, lock);
        try {
            Workstation w = new Workstation(store, Clock.systemUTC());
            if (seedDemo) {
                new DemoSeeder(store, w.hasher, w.hybridClock).seedIfEmpty();
            }
            return w;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public LocalStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public HybridClock hybridClock() {
        return hybridClock;
    }

    public ChangeRecorder changes() {
        return changes;
    }

    public AuthService auth() {
        return auth;
    }

    public AccessPolicy access() {
        return access;
    }

    public WorkstationStatus status() {
        return status;
    }

    public CatalogueService catalogues() {
        return catalogues;
    }

    public SearchService search() {
        return search;
    }

    public PersonService people() {
        return people;
    }

    public HouseholdService households() {
        return households;
    }

    public CaseFileService caseFiles() {
        return caseFiles;
    }

    public InterventionService interventions() {
        return interventions;
    }

    public TimelineService timeline() {
        return timeline;
    }

    @Override
    public void close() {
        store.close();
    }
}
