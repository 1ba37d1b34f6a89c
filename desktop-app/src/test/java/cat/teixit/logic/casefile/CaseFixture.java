package cat.teixit.logic.casefile;

import cat.teixit.testing.TestKeys;
import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.change.HybridClock;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.BlobStore;
import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A real store in a temporary directory with the demo team and every case-file service, for logic tests (of other
 * areas too: reports build their dataset through these use cases, on a clock they set).
 */
public final class CaseFixture implements AutoCloseable {

    public final LocalStore store;
    public final CaseDeps deps;
    public final SearchService search;
    public final PersonService people;
    public final HouseholdService households;
    public final CaseFileService caseFiles;
    public final InterventionService interventions;
    public final TimelineService timeline;
    public final ResourceService resources;
    public final PlanService plans;
    public final ReferralService referrals;
    public final ConsentService consents;
    public final AttachmentService attachments;
    public final CurrentUser laia;
    public final CurrentUser jordi;
    public final CurrentUser montse;
    public final CurrentUser pau;

    public CaseFixture(Path dir) throws Exception {
        this(dir, 25);
    }

    CaseFixture(Path dir, long attachmentLimitMb) throws Exception {
        this(dir, attachmentLimitMb, Clock.systemUTC());
    }

    /** On {@code clock}: what the use cases take as now and today. */
    public CaseFixture(Path dir, Clock clock) throws Exception {
        this(dir, 25, clock);
    }

    private CaseFixture(Path dir, long attachmentLimitMb, Clock clock) throws Exception {
        store = LocalStore.open(dir, TestKeys.KEY);
        HybridClock hlc = DeviceIdentity.clockFor(store, clock);
        PasswordHasher hasher = new PasswordHasher(1024, 1, 1);
        new DemoSeeder(store, hasher, hlc).seedIfEmpty();
        CatalogueService catalogues = new CatalogueService(store);
        catalogues.seedAndLoad();
        deps = new CaseDeps(store, new ChangeRecorder(hlc, clock), new AccessPolicy(), catalogues, clock);
        search = new SearchService(deps);
        people = new PersonService(deps, search, hlc.deviceId());
        households = new HouseholdService(deps);
        caseFiles = new CaseFileService(deps);
        interventions = new InterventionService(deps);
        timeline = new TimelineService(deps);
        resources = new ResourceService(deps);
        plans = new PlanService(deps);
        referrals = new ReferralService(deps);
        consents = new ConsentService(deps);
        attachments = new AttachmentService(deps, new BlobStore(dir, cat.teixit.testing.TestKeys.KEY), attachmentLimitMb, dir.resolve("tmp/open"));
        AuthService auth = new AuthService(store, hasher, clock);
        laia = login(auth, "laia");
        jordi = login(auth, "jordi");
        montse = login(auth, "montse");
        pau = login(auth, "pau");
    }

    private static CurrentUser login(AuthService auth, String name) {
        return ((LoginResult.Success) auth.login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    public static PersonForm nuria() {
        return PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.DNI, "12345678Z", LocalDate.of(1981, 3, 14),
                Sex.F).withPhone("600 123 456");
    }

    /** Records that {@code personId} consented today to sharing the file with other services (referrals). */
    public void consentToSharing(CurrentUser user, java.util.UUID personId) {
        consents.record(user, personId, cat.teixit.model.casefile.ConsentPurpose.SHARING, deps.today(), null, null);
    }

    public long outboxCount() {
        return store.read(tx -> tx.outbox().countPending());
    }

    public long count(String table) {
        return store.read(tx -> tx.jdbc(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    @Override
    public void close() {
        store.close();
    }
}
