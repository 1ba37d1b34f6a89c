package cat.teixit.server.admin;

import java.sql.SQLException;
import java.util.List;

/**
 * The fictitious demo area of the workstation's DemoSeeder (same teams, users and password), so that
 * two demo workstations can log in to a trial server. Thread-safe.
 */
public final class DemoData {

    public static final String DEMO_PASSWORD = "teixit2026";

    /** One demo professional. */
    public record DemoUser(String username, String displayName, List<String> roles, String teamCode) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("laia", "Laia Puig Ferrer", List.of("SOCIAL_WORKER"), "GIR-N"),
            new DemoUser("jordi", "Jordi Serra Vidal", List.of("SOCIAL_EDUCATOR"), "GIR-N"),
            new DemoUser("montse", "Montserrat Roca Pujol", List.of("TEAM_LEAD", "SOCIAL_WORKER"), "GIR-N"),
            new DemoUser("pau", "Pau Martí Soler", List.of("SOCIAL_WORKER"), "SALT"),
            new DemoUser("admin", "Administració Teixit", List.of("ADMINISTRATOR"), "GIR-N"));

    private DemoData() {
    }

    /**
     * The active demo accounts that still accept the public demo password ({@code admin} among them, if so): the
     * server names them at its start. Empty on a server that never had the demo, or where they were changed.
     */
    public static List<String> openAccounts(cat.teixit.server.db.Database db,
            cat.teixit.sync.protocol.PasswordHasher hasher) throws SQLException {
        List<String> open = new java.util.ArrayList<>();
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT username, password_hash FROM app_user WHERE active AND username = ANY (?) ORDER BY username")) {
            ps.setArray(1, c.createArrayOf("text", USERS.stream().map(DemoUser::username).toArray()));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (hasher.verify(DEMO_PASSWORD.toCharArray(), rs.getString(2))) {
                        open.add(rs.getString(1));
                    }
                }
            }
        }
        return open;
    }

    /** Adds what is missing of the demo area; returns how many users it added. */
    public static int seed(Directory directory) throws SQLException {
        directory.addTeam("GIR-N", "EBASP Girona Nord", "ABSS Girona");
        directory.addTeam("SALT", "EBASP Salt", "ABSS Salt");
        int added = 0;
        for (DemoUser u : USERS) {
            if (directory.addUser(u.username(), u.displayName(), DEMO_PASSWORD.toCharArray(), u.teamCode(), u.roles())) {
                added++;
            }
        }
        return added;
    }
}
