package cat.teixit.sync.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do what: the one table both the workstation (its logic layer) and the central server
 * (what it accepts in a push) decide from. Roles and actions are named as the workstation's {@code Role}
 * and {@code Permission} enums name them (a test there checks that both sides list the same names), and
 * {@code docs/permissions.md} shows this table (a test fails when the two disagree). Immutable.
 */
public final class PermissionMatrix {

    /** The actions, in the order of the table's columns. */
    public static final List<String> ACTIONS = List.of(
            "VIEW_CASE_FILES", "EDIT_CASE_FILES", "READ_TEAM_CONFIDENTIAL", "VIEW_TEAM_REPORTS", "EDIT_TEMPLATES",
            "ADMINISTER", "SYNC", "VIEW_AUDIT", "EDIT_DIRECTORY", "EDIT_AID_RULES", "BREAK_THE_GLASS");

    // One row per role; "x" grants the action of that column, "-" does not.
    private static final String[][] TABLE = {
        // role              VIEW  EDIT  CONF  REPORTS TEMPLATES ADMIN SYNC AUDIT DIRECTORY AID_RULES GLASS
        {"SOCIAL_WORKER",    "x",  "x",  "-",  "-",    "-",      "-",  "x", "-", "-",      "-",      "x"},
        {"SOCIAL_EDUCATOR",  "x",  "x",  "-",  "-",    "-",      "-",  "x", "-", "-",      "-",      "x"},
        {"FAMILY_WORKER",    "x",  "x",  "-",  "-",    "-",      "-",  "x", "-", "-",      "-",      "x"},
        {"ADMINISTRATIVE",   "x",  "-",  "-",  "-",    "-",      "-",  "x", "-", "-",      "-",      "-"},
        {"TEAM_LEAD",        "x",  "x",  "x",  "x",    "x",      "-",  "x", "x", "-",      "-",      "x"},
        {"ADMINISTRATOR",    "-",  "-",  "-",  "-",    "-",      "x",  "x", "-", "x",      "x",      "-"},
    };

    private static final Map<String, Set<String>> GRANTS = build();

    private PermissionMatrix() {
    }

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (String[] row : TABLE) {
            if (row.length != ACTIONS.size() + 1) {
                throw new IllegalStateException("row of " + row[0] + " does not have one cell per action");
            }
            Set<String> granted = new LinkedHashSet<>();
            for (int i = 0; i < ACTIONS.size(); i++) {
                switch (row[i + 1]) {
                    case "x" -> granted.add(ACTIONS.get(i));
                    case "-" -> {
                    }
                    default -> throw new IllegalStateException("cell of " + row[0] + " is neither x nor -");
                }
            }
            if (m.put(row[0], Collections.unmodifiableSet(granted)) != null) {
                throw new IllegalStateException("role listed twice: " + row[0]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The roles, in the order of the table's rows. */
    public static List<String> roles() {
        return List.copyOf(GRANTS.keySet());
    }

    /** The actions {@code role} grants; empty for a role the table does not know. */
    public static Set<String> actionsOf(String role) {
        return GRANTS.getOrDefault(role, Set.of());
    }

    /** True when one of {@code roles} grants {@code action}; unknown roles grant nothing. */
    public static boolean allows(Collection<String> roles, String action) {
        for (String r : roles) {
            if (actionsOf(r).contains(action)) {
                return true;
            }
        }
        return false;
    }

    /** The table as rows of cells ({@code role, x|-, ...}), for the documentation check. */
    public static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : TABLE) {
            rows.add(List.of(row));
        }
        return rows;
    }
}
