package cat.teixit.logic.demo;

import cat.teixit.logic.change.HybridClock;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.sync.Device;
import cat.teixit.model.user.Role;
import cat.teixit.model.user.Team;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.demo.BulkLoader;
import cat.teixit.sync.protocol.PasswordHasher;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty store with a fictitious area (teams, professionals and, for the demo store, people
 * with their case files) so a newcomer can try Teixit. Runs only when the store has no users, so a
 * user's later work is never overwritten. Thread-safe.
 */
@RequiredArgsConstructor
public final class DemoSeeder {

    /** The password of every demo account; documented in the README and shown on the demo login screen. */
    public static final String DEMO_PASSWORD = "teixit2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    /** One demo professional. */
    public record DemoUser(String username, String displayName, Set<Role> roles, String teamCode) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("laia", "Laia Puig Ferrer", EnumSet.of(Role.SOCIAL_WORKER), "GIR-N"),
            new DemoUser("jordi", "Jordi Serra Vidal", EnumSet.of(Role.SOCIAL_EDUCATOR), "GIR-N"),
            new DemoUser("montse", "Montserrat Roca Pujol", EnumSet.of(Role.TEAM_LEAD, Role.SOCIAL_WORKER), "GIR-N"),
            new DemoUser("pau", "Pau Martí Soler", EnumSet.of(Role.SOCIAL_WORKER), "SALT"),
            new DemoUser("admin", "Administració Teixit", EnumSet.of(Role.ADMINISTRATOR), "GIR-N"));

    private final LocalStore store;
    private final PasswordHasher hasher;
    private final HybridClock clock;

    /** Seeds the demo teams and accounts if the store is empty; returns true when it did. */
    public boolean seedIfEmpty() {
        return seed(null);
    }

    /**
     * Seeds the demo store if it is empty: the demo teams and accounts and, in the same transaction,
     * a small synthetic area ({@link SyntheticArea.Options#demo}) with history up to the day before
     * {@code today}, including the showcase case files of the first account. Returns true when it did.
     */
    public boolean seedWithAreaIfEmpty(LocalDate today) {
        return seed(Objects.requireNonNull(today, "today"));
    }

    private boolean seed(LocalDate areaUntil) {
        if (store.read(tx -> tx.users().count()) > 0) {
            return false;
        }
        // Hash outside the write transaction: it is the slow part.
        List<String> verifiers = USERS.stream().map(u -> hasher.hash(DEMO_PASSWORD.toCharArray())).toList();
        SyntheticArea.Summary area = store.write(tx -> {
            Team nord = team("GIR-N", "EBASP Girona Nord", "ABSS Girona");
            Team salt = team("SALT", "EBASP Salt", "ABSS Salt");
            tx.teams().save(nord);
            tx.teams().save(salt);
            for (int i = 0; i < USERS.size(); i++) {
                DemoUser d = USERS.get(i);
                UserAccount u = new UserAccount(Ids.newId(), d.username(), d.displayName(), verifiers.get(i), d.roles(),
                        d.teamCode().equals("SALT") ? salt : nord);
                u.setUpdatedAt(clock.tick());
                tx.users().save(u);
            }
            Device device = tx.device().find().orElseThrow();
            device.setDemo(true);
            device.setHlc(clock.lastWall(), clock.lastCounter());
            return areaUntil == null ? null
                    : SyntheticArea.generate(tx, SyntheticArea.Options.demo(areaUntil), verifiers.getFirst());
        });
        LOG.info("Demo area seeded with {} professionals and {} people", USERS.size(),
                area == null ? 0 : area.rows(BulkLoader.Table.PERSON));
        return true;
    }

    private Team team(String code, String name, String area) {
        Team t = new Team(Ids.newId(), code, name, area);
        t.setUpdatedAt(clock.tick());
        return t;
    }
}
