package cat.teixit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.common.Edit;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.testing.RecordingTransport;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A workstation for sync tests: the whole composition root on its own data directory, set to sync
 * with {@code server} (plain HTTP allowed, no background sync, no waiting between a request's tries, so
 * that offline steps do not wait out the retry budget: SyncRetryBudgetTest checks those waits), and what a
 * test does with it. Not thread-safe.
 */
public final class Station implements AutoCloseable {

    public final Path dir;
    public final Workstation w;
    public CurrentUser user;

    private Station(Path dir, Workstation w) {
        this.dir = dir;
        this.w = w;
    }

    public static Station open(Path dir, URI server) throws Exception {
        return new Station(dir, Workstation.openToSync(dir, InstanceLock.acquire(dir), TestKeys.KEY,
                SyncSettings.of(server.toString(), true, 0), CrashPoints.NONE, delay -> { }));
    }

    /**
     * As {@link #open(Path, URI)}, reaching {@code crash} at the engine's and the sync store's labelled points,
     * and telling {@code pushes} every push and its answer (a {@code SyncModel}, or a log for one).
     */
    public static Station open(Path dir, URI server, CrashPoints crash, RecordingTransport.Listener pushes)
            throws Exception {
        return new Station(dir, Workstation.openToSync(dir, InstanceLock.acquire(dir), TestKeys.KEY,
                SyncSettings.of(server.toString(), true, 0), crash, PushLog.watching(pushes)));
    }

    /**
     * As {@link #open(Path, URI)}, on a data directory a real sign-in made (the command line's {@code sync}): its key is
     * {@code username}'s, unwrapped from its key ring with {@code password}.
     */
    public static Station openAs(Path dir, URI server, String username, String password) throws Exception {
        return new Station(dir, Workstation.openToSyncAs(dir, InstanceLock.acquire(dir), username,
                password.toCharArray(), SyncSettings.of(server.toString(), true, 0), CrashPoints.NONE,
                SyncService.Transports.http(delay -> { })));
    }

    public LoginResult tryLogin(String username, String password) {
        return w.auth().login(username, password.toCharArray());
    }

    public CurrentUser login(String username) {
        LoginResult r = tryLogin(username, CentralServer.PASSWORD);
        assertThat(r).as("login of " + username).isInstanceOf(LoginResult.Success.class);
        user = ((LoginResult.Success) r).user();
        return user;
    }

    public SyncService.Result sync() throws Exception {
        return w.sync().syncNow(user).get(120, TimeUnit.SECONDS);
    }

    /** Syncs and expects it to end well. */
    public SyncService.Result syncOk() throws Exception {
        SyncService.Result r = sync();
        assertThat(r.outcome()).as("sync outcome").isEqualTo(SyncService.Outcome.OK);
        return r;
    }

    /** A new person with a household and a case file, as at a first visit. */
    public PersonService.Created newPerson(String given, String surname) {
        return w.people().createWithNewHousehold(user, PersonForm.basic(given, surname, null, IdDocumentType.NONE, null,
                LocalDate.of(1980, 5, 17), Sex.F), null);
    }

    /** Edits a person as the person form does: loaded, changed, saved with the row version it was loaded at. */
    public void edit(UUID personId, UnaryOperator<PersonForm> change) {
        PersonForm loaded = w.people().form(user, personId);
        w.people().update(user, personId, Edit.of(loaded, change.apply(loaded)));
    }

    public Person person(UUID id) {
        return w.people().load(user, id);
    }

    public static PersonForm withPhone(PersonForm f, String phone) {
        return f.withPhone(phone);
    }

    public static PersonForm withEmail(PersonForm f, String email) {
        return new PersonForm(f.givenName(), f.surname1(), f.surname2(), f.docType(), f.docNumber(), f.birthDate(),
                f.sex(), f.nationality(), f.motherTongue(), f.phone(), email, f.address(), f.municipality(), f.district(),
                f.healthCard(), f.disabilityDegree(), f.dependencyGrade(), f.civilStatus(), f.educationLevel(),
                f.employment(), f.incomeNotes());
    }

    @Override
    public void close() {
        w.close();
    }
}
