package cat.teixit.app;

import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.StoreKey;
import cat.teixit.persistence.StoreOpenException;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's sign-in, in front of an encrypted store (docs/decisions/0032-encrypted-at-rest.md): nothing of the
 * store is read before the first user of the session signs in. That sign-in unwraps the data key ({@link DataKeys}),
 * opens the workstation with it, then logs the user in as ever; later sign-ins of the session (after a log-out) go
 * straight to the open workstation, and a colleague who signs in then gets a key of their own. A wrong password
 * before the store is open waits as long as a wrong password after. Thread-safe.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class SignInGate {

    /** Opens the workstation with a key (the demo store, or the data directory's own). */
    @FunctionalInterface
    interface Opener {
        Workstation open(StoreKey key) throws StoreOpenException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SignInGate.class);

    private final CompletableFuture<Workstation> opened;
    private final Path dataDir;
    private final Opener opener;
    private final InstanceLock lock;
    private final boolean demo;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, int[]> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastFailure = new ConcurrentHashMap<>();

    /** A workstation already being opened (tests, which hold its key). */
    public static SignInGate of(CompletableFuture<Workstation> workstation) {
        return new SignInGate(workstation, null, null, null, false);
    }

    /** The data directory {@code dataDir}, locked by {@code lock}, opened at the first sign-in. */
    public static SignInGate forDataDir(Path dataDir, InstanceLock lock, boolean demo) {
        Opener opener = demo ? key -> Workstation.openDemoStore(dataDir, lock, key)
                : key -> Workstation.open(dataDir, lock, key, false);
        return new SignInGate(new CompletableFuture<>(), dataDir, opener, lock, demo);
    }

    /** The workstation, once the first sign-in opened it (or why it could not be opened). */
    public CompletableFuture<Workstation> opened() {
        return opened;
    }

    /** Whether the login screen may show the demo accounts: a demo store, known before it is open. */
    public CompletableFuture<Boolean> demo() {
        if (opener == null) {
            return opened.thenApply(w -> w.status().isDemoStore());
        }
        return CompletableFuture.completedFuture(demo || new KeyRing(dataDir, new PasswordHasher()).demo());
    }

    /** Signs {@code username} in, opening the store first when this is the session's first sign-in. Clears the password. */
    public LoginResult login(String username, char[] password) {
        try {
            if (opener == null || opened.isDone()) {
                return workstation().auth().login(username, password.clone());
            }
            return firstSignIn(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private synchronized LoginResult firstSignIn(String username, char[] password) {
        if (opened.isDone()) {
            return workstation().auth().login(username, password.clone());
        }
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password.length == 0) {
            return new LoginResult.Refused(LoginResult.Reason.EMPTY_FIELDS);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (mustWait(key)) {
            return new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS);
        }
        StoreKey storeKey;
        try {
            storeKey = DataKeys.forUser(dataDir, name, password);
        } catch (StoreOpenException e) {
            switch (e.reason()) {
                case NO_KEY -> {
                    LOG.info("Sign-in refused before the store opened: no key for this user here");
                    return new LoginResult.Refused(LoginResult.Reason.NO_KEY_HERE);
                }
                case WRONG_PASSWORD -> {
                    // A password reset on the central server: the server gives back what opens the data here.
                    KeyEscrow.Recovered r = KeyEscrow.recover(dataDir, new KeyRing(dataDir, new PasswordHasher()),
                            name, password);
                    if (r.key() != null) {
                        storeKey = r.key();
                        break;
                    }
                    failures.merge(key, new int[] {1}, (a, b) -> new int[] {a[0] + 1});
                    lastFailure.put(key, clock.instant());
                    LOG.info("Sign-in refused before the store opened");
                    return new LoginResult.Refused(switch (r.refusal()) {
                        case LOCKED_OUT -> LoginResult.Reason.TOO_MANY_ATTEMPTS;
                        case UNREACHABLE -> LoginResult.Reason.PASSWORD_NOT_HERE_OFFLINE;
                        case NONE, REFUSED -> LoginResult.Reason.BAD_CREDENTIALS;
                    });
                }
                default -> {
                    opened.completeExceptionally(e);
                    throw new CompletionException(e);
                }
            }
        }
        try {
            opened.complete(opener.open(storeKey));
        } catch (StoreOpenException | RuntimeException e) {
            opened.completeExceptionally(e);
            throw new CompletionException(e);
        }
        failures.remove(key);
        return workstation().auth().login(name, password.clone());
    }

    /** The window closes: the workstation closes, or, when nobody signed in, the data directory is let go. */
    public synchronized void close() {
        if (opened.isDone()) {
            opened.thenAccept(Workstation::close);
        } else if (lock != null) {
            lock.close();
        }
    }

    private boolean mustWait(String key) {
        int[] count = failures.get(key);
        Instant last = lastFailure.get(key);
        return count != null && last != null
                && last.plus(AuthService.delayAfter(count[0])).isAfter(clock.instant());
    }

    /** The open workstation, waited for if need be; why it could not open, as a {@code CompletionException}. */
    Workstation workstation() {
        return opened.join();
    }
}
