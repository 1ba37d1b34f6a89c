package cat.teixit.logic.auth;

import cat.teixit.logic.change.HybridClock;
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
 * Slows down repeated failures per user name. Thread-safe.
 */
public final class AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);

    private final LocalStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final HybridClock hlc;
    private final RemoteAuthenticator remote;
    private final String dummyVerifier;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicReference<CurrentUser> current = new AtomicReference<>();

    private record Failures(int count, Instant last) {
    }

    /** Local accounts only. */
    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock) {
        this(store, hasher, clock, null, null);
    }

    /** @param remote the central server's login (may be unconfigured); {@code hlc} stamps the cached accounts */
    public AuthService(LocalStore store, PasswordHasher hasher, Clock clock, HybridClock hlc, RemoteAuthenticator remote) {
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
            Failures f = failures.get(key);
            if (f != null && f.count() >= MAX_FAILURES && f.last().plus(LOCKOUT).isAfter(clock.instant())) {
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
                        return refused(key);
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
                return refused(key);
            }
            return loggedIn(key, account.get(), name, password, false);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private LoginResult refused(String key) {
        failures.merge(key, new Failures(1, clock.instant()), (a, b) -> new Failures(a.count() + 1, b.last()));
        LOG.info("Login refused");
        return new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS);
    }

    private LoginResult loggedIn(String key, UserAccount u, String name, char[] password, boolean online) {
        if (!u.isActive()) {
            return new LoginResult.Refused(LoginResult.Reason.ACCOUNT_DISABLED);
        }
        failures.remove(key);
        store.write(tx -> {
            tx.device().recordLogin(u.getId().toString());
            return null;
        });
        CurrentUser user = CurrentUser.of(u);
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
        if (remote != null) {
            remote.loggedOut();
        }
    }
}
