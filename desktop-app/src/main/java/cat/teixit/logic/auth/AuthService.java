package cat.teixit.logic.auth;

import cat.teixit.logic.change.HybridClock;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.model.sync.Device;
import cat.teixit.model.user.Role;
import cat.teixit.model.user.Team;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks user names and passwords and holds who is logged in. Without a central server, against the
 * local accounts. With one, the server decides when it answers, and the user, team and an Argon2id
 * verifier of the password are cached here, so that later logins work offline against the cache.
 * Slows down repeated failures per user name with a growing delay ({@link #delayAfter}), at login and when
 * unlocking a locked session alike. Thread-safe.
 */
public final class AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    /** Failures in a row that cost no wait. */
    static final int FREE_ATTEMPTS = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final LocalStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final HybridClock hlc;
    private final RemoteAuthenticator remote;
    private final LoginAudit audit;
    private final KeyGrants keys;
    private final String dummyVerifier;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicReference<CurrentUser> current = new AtomicReference<>();
    /** Right credentials, but the password must be changed before the login completes. */
    private final AtomicReference<CurrentUser> pendingChange = new AtomicReference<>();

    private record Failures(int count, Instant last) {
    }

    /** Local accounts only. */
    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock) {
        this(store, hasher, clock, null, null);
    }

    /** @param remote the central server's login (may be unconfigured); {@code hlc} stamps the cached accounts */
    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock, HybridClock hlc, RemoteAuthenticator remote) {
        this(store, hasher, clock, hlc, remote, null);
    }

    /** @param audit where logins and refused logins are recorded (null: nowhere) */
    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock, HybridClock hlc, RemoteAuthenticator remote,
            LoginAudit audit) {
        this(store, hasher, clock, hlc, remote, audit, KeyGrants.NONE);
    }

    /** @param keys who is told of each password accepted or set, to unlock the encrypted data with it */
    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock, HybridClock hlc, RemoteAuthenticator remote,
            LoginAudit audit, KeyGrants keys) {
        this.keys = keys;
        this.audit = audit;
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.hlc = hlc;
        this.remote = remote;
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
            if (mustWait(key)) {
                return new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS);
            }
            LoginResult.Reason offline = null;
            if (remote != null && remote.configured()) {
                switch (remote.authenticate(name, password)) {
                    case RemoteAuthenticator.Answer.Verified v -> {
                        if (wouldPurgeOthersUnsentWork(v.identity())) {
                            remote.loggedOut();
                            LOG.info("Login refused: unsent changes of a scope this user does not hold, made by another user");
                            return new LoginResult.Refused(LoginResult.Reason.OTHER_TEAM_UNSENT);
                        }
                        return loggedIn(key, cacheServerAccount(v.identity(), password), name, password, true);
                    }
                    case RemoteAuthenticator.Answer.Refused r -> {
                        return refused(key, name);
                    }
                    case RemoteAuthenticator.Answer.LockedOut l -> {
                        LOG.info("Login refused: the server locked this user name for a while");
                        return new LoginResult.Refused(LoginResult.Reason.TOO_MANY_ATTEMPTS);
                    }
                    case RemoteAuthenticator.Answer.Unreachable u -> offline = LoginResult.Reason.SERVER_UNREACHABLE;
                    case RemoteAuthenticator.Answer.UpgradeRequired u -> offline = LoginResult.Reason.UPGRADE_REQUIRED;
                }
            }
            // A colleague known only by name (never logged in here) has no verifier: as if unknown.
            Optional<UserAccount> account = store.read(tx -> tx.users().findByUsername(name))
                    .filter(UserAccount::hasVerifier);
            // Hash even for an unknown name, so timing does not tell which names exist.
            boolean ok = hasher.verify(password, account.map(UserAccount::getPasswordHash).orElse(dummyVerifier))
                    && account.isPresent();
            if (!ok && account.isEmpty() && offline != null) {
                LOG.info("Login not possible: the server is not available and the account is not cached here");
                return new LoginResult.Refused(offline);
            }
            if (!ok) {
                return refused(key, name);
            }
            return loggedIn(key, account.get(), name, password, false);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private LoginResult refused(String key, String name) {
        failed(key);
        if (audit != null) {
            try {
                UUID known = store.read(tx -> tx.users().findAnyByUsername(name)).map(UserAccount::getId).orElse(null);
                audit.loginFailed(name, known);
            } catch (RuntimeException e) {
                // The store may be gone (a revoked device wiped at this very login): the refusal still stands.
                LOG.warn("A refused login could not be recorded in the audit trail ({})", e.getClass().getSimpleName());
            }
        }
        LOG.info("Login refused");
        return new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS);
    }

    private void failed(String key) {
        failures.merge(key, new Failures(1, clock.instant()), (a, b) -> new Failures(a.count() + 1, b.last()));
    }

    /**
     * How long the next attempt waits after {@code failures} failures in a row: nothing for the first
     * {@value #FREE_ATTEMPTS} (typing errors), then {@link #FIRST_DELAY}, doubling up to {@link #MAX_DELAY}.
     */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.min(failures - FREE_ATTEMPTS, 20));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /** True while the name's last failures ask the next attempt to wait. */
    private boolean mustWait(String key) {
        Failures f = failures.get(key);
        return f != null && f.last().plus(delayAfter(f.count())).isAfter(clock.instant());
    }

    /**
     * Sets a new password of the user's own choosing, checked by {@link PasswordRules}: after a login that asked for
     * it (completing that login), or for the logged-in user. Fails with a {@link ValidationException} naming the
     * field ({@code current}, {@code newPassword}, {@code repeat}) and changes nothing when the current password is
     * wrong or the new one breaks a rule; a wrong current password counts as a failed attempt. With a central
     * server the password is the server's: refused. Clears the three arrays.
     */
    public CurrentUser changePassword(char[] currentPassword, char[] next, char[] repeat) {
        try {
            CurrentUser u = pendingChange.get() != null ? pendingChange.get() : requireUser();
            if (remote != null && remote.configured()) {
                new ValidationErrors().add("current", "password.error.server").throwIfAny();
            }
            String key = u.username().toLowerCase(Locale.ROOT);
            if (mustWait(key)) {
                new ValidationErrors().add("current", "login.error.locked").throwIfAny();
            }
            String verifier = store.read(tx -> tx.users().findByUsername(u.username()))
                    .filter(UserAccount::hasVerifier).map(UserAccount::getPasswordHash).orElse(dummyVerifier);
            if (!hasher.verify(currentPassword, verifier)) {
                failed(key);
                new ValidationErrors().add("current", "password.error.current").throwIfAny();
            }
            PasswordRules.check(u.username(), currentPassword, next, repeat).throwIfAny();
            String newVerifier = hasher.hash(next);
            // The data key is rewrapped first, the old wrap kept: a crash in between leaves a password that unlocks.
            keys.passwordChanging(u.username(), next);
            store.write(tx -> {
                UserAccount a = tx.users().findByUsername(u.username()).orElseThrow();
                a.setPasswordHash(newVerifier);
                a.setMustChangePassword(false);
                return null;
            });
            keys.passwordSaved(u.username(), newVerifier);
            failures.remove(key);
            pendingChange.set(null);
            current.set(u);
            LOG.info("Password changed for user id {}", u.id());
            return u;
        } finally {
            for (char[] a : new char[][] {currentPassword, next, repeat}) {
                if (a != null) {
                    Arrays.fill(a, '\0');
                }
            }
        }
    }

    /**
     * Gives a local account a temporary password (returned once, never stored in clear or logged) that must be
     * changed at its next login: for whoever looks after this workstation ({@code teixit reset-password}). Not
     * for a workstation with a central server, which holds the passwords.
     */
    public char[] resetPassword(String username) {
        if (remote != null && remote.configured()) {
            throw new IllegalStateException("the central server holds the passwords of this workstation's users");
        }
        char[] temporary = TemporaryPasswords.next();
        String verifier = hasher.hash(temporary);
        if (store.read(tx -> tx.users().findByUsername(username.strip())).isPresent()) {
            keys.passwordChanging(username.strip(), temporary);
        }
        boolean found = store.write(tx -> tx.users().findByUsername(username.strip()).map(a -> {
            a.setPasswordHash(verifier);
            a.setMustChangePassword(true);
            a.setActive(true);
            return true;
        }).orElse(false));
        if (!found) {
            Arrays.fill(temporary, '\0');
            throw new IllegalArgumentException("no local account of that name");
        }
        keys.passwordSaved(username.strip(), verifier);
        failures.remove(username.strip().toLowerCase(Locale.ROOT));
        LOG.info("A password was reset to a temporary one");
        return temporary;
    }

    /**
     * Checks the password of the user whose session is locked, against the verifier kept here (offline too).
     * Failures count with the login's for the same name and wait as long. Clears {@code password}.
     */
    public UnlockResult unlock(char[] password) {
        try {
            CurrentUser u = requireUser();
            String key = u.username().toLowerCase(Locale.ROOT);
            if (password == null || password.length == 0) {
                return UnlockResult.WRONG_PASSWORD;
            }
            if (mustWait(key)) {
                return UnlockResult.TOO_MANY_ATTEMPTS;
            }
            String verifier = store.read(tx -> tx.users().findByUsername(u.username()))
                    .filter(UserAccount::hasVerifier).map(UserAccount::getPasswordHash).orElse(dummyVerifier);
            if (!hasher.verify(password, verifier)) {
                failed(key);
                LOG.info("Unlock refused for user id {}", u.id());
                return UnlockResult.WRONG_PASSWORD;
            }
            failures.remove(key);
            return UnlockResult.UNLOCKED;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private LoginResult loggedIn(String key, UserAccount u, String name, char[] password, boolean online) {
        if (!u.isActive()) {
            return new LoginResult.Refused(LoginResult.Reason.ACCOUNT_DISABLED);
        }
        failures.remove(key);
        CurrentUser user = CurrentUser.of(u);
        keys.signedIn(u.getUsername(), password, u.getPasswordHash());
        store.write(tx -> {
            tx.device().recordLogin(u.getId().toString());
            if (audit != null) {
                audit.loggedIn(tx, user, online);
            }
            return null;
        });
        if (!online && u.isMustChangePassword()) {
            pendingChange.set(user);
            current.set(null);
            LOG.info("Login of user id {} waits for a new password", u.getId());
            return new LoginResult.Success(user, true);
        }
        pendingChange.set(null);
        current.set(user);
        if (remote != null && remote.configured()) {
            remote.loggedIn(user, name, password);
        }
        LOG.info("Login succeeded for user id {} ({})", u.getId(), online ? "checked by the server" : "local");
        return new LoginResult.Success(user);
    }

    /**
     * True when this workstation holds changes not yet on the server in scopes the server does not give
     * this user, and someone else logged in here last: this user's first sync would purge them (a
     * workstation shared by two teams). The user whose own scope was revoked still logs in: the purge
     * then shows them their refused changes, as it should.
     */
    private boolean wouldPurgeOthersUnsentWork(RemoteAuthenticator.ServerIdentity id) {
        return store.read(tx -> {
            String me = tx.users().findAnyByUsername(id.username()).map(UserAccount::getId)
                    .orElseGet(() -> serverUserId(id.username())).toString();
            Set<String> atRisk = tx.outbox().scopesWithUnsentWork();
            atRisk.removeAll(id.scopes().keySet());
            String last = tx.device().find().map(Device::getLastUserId).orElse(null);
            return !atRisk.isEmpty() && last != null && !last.equals(me);
        });
    }

    /**
     * Keeps what the server said about the user (name, roles, team) and a verifier of the password that
     * it accepted, for offline logins. Ids are derived from the user name and team code, so every
     * workstation gives a professional the same id (authorship of records).
     */
    private UserAccount cacheServerAccount(RemoteAuthenticator.ServerIdentity id, char[] password) {
        String verifier = hasher.hash(password);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : id.roles()) {
            try {
                roles.add(Role.valueOf(r));
            } catch (IllegalArgumentException unknown) {
                LOG.info("A role the server names is unknown here and ignored");
            }
        }
        return store.write(tx -> {
            // The server names the team for people; without names (an older server) the code stands in.
            String teamName = id.teamName() == null || id.teamName().isBlank() ? id.teamCode() : id.teamName();
            String areaName = id.areaName() == null || id.areaName().isBlank() ? teamName : id.areaName();
            Team team = tx.teams().findByCode(id.teamCode()).orElseGet(() -> {
                Team t = new Team(stableId("team", id.teamCode()), id.teamCode(), teamName, areaName);
                t.setUpdatedAt(hlc.tick());
                tx.teams().save(t);
                return t;
            });
            if (!team.getName().equals(teamName) || !team.getAreaName().equals(areaName)) {
                team.rename(teamName, areaName);
                team.setUpdatedAt(hlc.tick());
            }
            UserAccount u = tx.users().findAnyByUsername(id.username()).orElse(null);
            if (u == null) {
                u = new UserAccount(serverUserId(id.username()), id.username(),
                        id.displayName(), verifier, roles, team);
                u.setUpdatedAt(hlc.tick());
                tx.users().save(u);
            } else {
                u.setDisplayName(id.displayName());
                u.setRoles(roles);
                u.setTeam(team);
                u.setPasswordHash(verifier);
                u.setActive(true);
                u.setUpdatedAt(hlc.tick());
            }
            u.setGrantedScopes(id.scopes());
            cacheColleagues(tx, id.colleagues(), u);
            return u;
        });
    }

    /**
     * Names the professionals whose records this user may see, so the social history says who wrote
     * what even for colleagues who never logged in here. Kept without a password verifier (no login
     * with them) and with no roles; their own first login here fills them in.
     */
    private void cacheColleagues(StoreTx tx, List<RemoteAuthenticator.Colleague> colleagues, UserAccount me) {
        // Two queries, not two per colleague: a granted scope may bring a few thousand names.
        Map<String, Team> teams = new HashMap<>();
        tx.teams().all().forEach(t -> teams.put(t.getCode(), t));
        Map<String, UserAccount> users = new HashMap<>();
        tx.users().all().forEach(u -> users.put(u.getUsername().toLowerCase(Locale.ROOT), u));
        for (RemoteAuthenticator.Colleague c : colleagues) {
            if (c.username().equalsIgnoreCase(me.getUsername())) {
                continue;
            }
            Team team = teams.computeIfAbsent(c.teamCode(), code -> {
                Team t = new Team(stableId("team", code), code, code, code);
                t.setUpdatedAt(hlc.tick());
                tx.teams().save(t);
                return t;
            });
            UserAccount known = users.get(c.username().toLowerCase(Locale.ROOT));
            if (known == null) {
                known = tx.users().findAnyByUsername(c.username()).orElse(null); // a deleted row keeps its name
            }
            if (known == null) {
                UserAccount u = new UserAccount(serverUserId(c.username()), c.username(), c.displayName(),
                        UserAccount.NO_VERIFIER, EnumSet.noneOf(Role.class), team);
                u.setUpdatedAt(hlc.tick());
                tx.users().save(u);
            } else if (!known.getDisplayName().equals(c.displayName())) {
                known.setDisplayName(c.displayName());
                known.setUpdatedAt(hlc.tick());
            }
        }
    }

    private static UUID serverUserId(String username) {
        return stableId("user", username.toLowerCase(Locale.ROOT));
    }

    private static UUID stableId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("teixit:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
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
        pendingChange.set(null);
        if (remote != null) {
            remote.loggedOut();
        }
    }
}
