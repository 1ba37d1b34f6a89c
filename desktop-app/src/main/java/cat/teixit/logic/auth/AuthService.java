package cat.teixit.logic.auth;

import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.LocalStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks user names and passwords against the local accounts and holds who is logged in. Slows
 * down repeated failures per user name. Thread-safe.
 */
public final class AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);

    private final LocalStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String dummyVerifier;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicReference<CurrentUser> current = new AtomicReference<>();

    private record Failures(int count, Instant last) {
    }

    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.dummyVerifier = hasher.hash("not-a-real-password".toCharArray());
    }

    /** Checks the credentials; on success the user becomes the current user. Clears {@code password}. */
    public LoginResult login(String username, char[] password) {
        try {
            String name = username == null ? "" : username.strip();
            if (name.isEmpty() || password == null || password.length == 0) {
                return new LoginResult.Refused(LoginResult.Reason.EMPTY_FIELDS);
            }
            String key = name.toLowerCase(Locale.ROOT);
            Failures f = failures.get(key);
            if (f != null && f.count() >= MAX_FAILURES && f.last().plus(LOCKOUT).isAfter(clock.instant())) {
                return new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS);
            }
            Optional<UserAccount> account = store.read(tx -> tx.users().findByUsername(name));
            // Hash even for an unknown name, so timing does not tell which names exist.
            boolean ok = hasher.verify(password, account.map(UserAccount::getPasswordHash).orElse(dummyVerifier))
                    && account.isPresent();
            if (!ok) {
                failures.merge(key, new Failures(1, clock.instant()),
                        (a, b) -> new Failures(a.count() + 1, b.last()));
                LOG.info("Login refused");
                return new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS);
            }
            UserAccount u = account.get();
            if (!u.isActive()) {
                return new LoginResult.Refused(LoginResult.Reason.ACCOUNT_DISABLED);
            }
            failures.remove(key);
            CurrentUser user = new CurrentUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                    u.getTeam().getId(), u.getTeam().getName(), u.getTeam().getAreaName(), u.getScope());
            current.set(user);
            LOG.info("Login succeeded for user id {}", u.getId());
            return new LoginResult.Success(user);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(current.get());
    }

    /** The current user; fails if nobody is logged in (a programming error: the UI shows nothing before login). */
    public CurrentUser requireUser() {
        CurrentUser u = current.get();
        if (u == null) {
            throw new IllegalStateException("no user logged in");
        }
        return u;
    }

    public void logout() {
        current.set(null);
    }
}
