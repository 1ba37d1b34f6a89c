package cat.teixit.logic.demo;

import cat.teixit.logic.common.Texts;
import cat.teixit.model.user.Role;
import cat.teixit.persistence.demo.BulkLoader;
import cat.teixit.persistence.demo.BulkLoader.Table;
import cat.teixit.persistence.demo.BulkWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The teams and professionals of a synthetic area: the teams already in the store are kept (with
 * their people), missing ones are added, and every team gets professionals in proportion to its
 * population; the demo accounts are created when missing. Every generated account shares one
 * password verifier. Not thread-safe (built once, then read).
 */
final class SyntheticStaff {

    /** A professional who can author records and be a case's reference professional. */
    record Professional(UUID id, String displayName, boolean takesCases) {
    }

    /** A team with its professionals. */
    record TeamStaff(SyntheticGeography.TeamPlan plan, UUID id, List<Professional> all, List<Professional> caseworkers) {

        String scope() {
            return plan.code();
        }

        Professional anyone(SplittableRandom r) {
            return all.get(r.nextInt(all.size()));
        }

        Professional caseworker(SplittableRandom r) {
            return caseworkers.get(r.nextInt(caseworkers.size()));
        }
    }

    private final Map<String, TeamStaff> teams = new LinkedHashMap<>();
    private final Map<String, Professional> byUsername = new HashMap<>();

    private SyntheticStaff() {
    }

    /**
     * Reads the teams and accounts in the store, adds what is missing for {@code plans} and returns
     * the staff. Team weights scale the number of professionals: about three per weight unit for an
     * area of 100,000 people ({@code people} 0: no generated professionals, only those in the store
     * and the demo accounts).
     */
    static SyntheticStaff build(BulkWrites store, BulkLoader loader, SyntheticIds.Sequence ids,
            List<SyntheticGeography.TeamPlan> plans, int people,
            String verifier, Instant since, SplittableRandom r) {
        SyntheticStaff staff = new SyntheticStaff();
        Map<String, UUID> teamIds = new HashMap<>();
        store.teams().forEach(t -> teamIds.put(t.code(), t.id()));
        List<BulkWrites.ExistingUser> existing = store.users();
        Set<String> usernames = existing.stream().map(u -> u.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
        String stamp = SyntheticIds.hlc(since.toEpochMilli());
        Map<String, List<Professional>> members = new HashMap<>();
        for (SyntheticGeography.TeamPlan plan : plans) {
            UUID id = teamIds.get(plan.code());
            if (id == null) {
                id = ids.next();
                loader.add(Table.TEAM, id, plan.code(), stamp, plan.code(), plan.name(), plan.area());
                teamIds.put(plan.code(), id);
            }
            members.put(plan.code(), new ArrayList<>());
        }
        Map<UUID, String> codeOfTeam = new HashMap<>();
        teamIds.forEach((code, id) -> codeOfTeam.put(id, code));
        for (BulkWrites.ExistingUser u : existing) {
            List<Professional> list = members.get(codeOfTeam.get(u.teamId()));
            if (list != null && !u.roles().equals(Role.ADMINISTRATOR.name())) {
                Professional p = new Professional(u.id(), u.displayName(), takesCases(u.roles()));
                list.add(p);
                staff.byUsername.put(u.username().toLowerCase(Locale.ROOT), p);
            }
        }
        for (DemoSeeder.DemoUser d : DemoSeeder.USERS) {
            if (!usernames.contains(d.username()) && members.containsKey(d.teamCode())) {
                UUID id = ids.next();
                String roles = roles(d.roles());
                loader.add(Table.APP_USER, id, d.teamCode(), stamp, d.username(), d.displayName(), verifier, roles,
                        teamIds.get(d.teamCode()), true);
                Professional p = new Professional(id, d.displayName(), takesCases(roles));
                if (!d.roles().equals(EnumSet.of(Role.ADMINISTRATOR))) {
                    members.get(d.teamCode()).add(p);
                }
                staff.byUsername.put(d.username(), p);
                usernames.add(d.username());
            }
        }
        for (SyntheticGeography.TeamPlan plan : plans) {
            List<Professional> list = members.get(plan.code());
            int wanted = people == 0 ? 0 : Math.max(3, (int) Math.round(plan.weight() * 3.0 * people / 100_000));
            for (int i = 0; i < wanted; i++) {
                boolean female = r.nextInt(100) < 78;
                String name = SyntheticNames.professionalName(r, female);
                Set<Role> roleSet = i == 0 ? EnumSet.of(Role.TEAM_LEAD, Role.SOCIAL_WORKER) : switch (r.nextInt(20)) {
                    case 0, 1, 2 -> EnumSet.of(Role.ADMINISTRATIVE);
                    case 3, 4, 5, 6, 7, 8 -> EnumSet.of(Role.SOCIAL_EDUCATOR);
                    default -> EnumSet.of(Role.SOCIAL_WORKER);
                };
                String roles = roles(roleSet);
                String username = uniqueUsername(name, usernames);
                UUID id = ids.next();
                loader.add(Table.APP_USER, id, plan.code(), stamp, username, name, verifier, roles,
                        teamIds.get(plan.code()), true);
                Professional p = new Professional(id, name, takesCases(roles));
                list.add(p);
                staff.byUsername.put(username, p);
            }
            List<Professional> caseworkers = list.stream().filter(Professional::takesCases).toList();
            if (caseworkers.isEmpty()) {
                throw new IllegalStateException("team " + plan.code() + " has nobody to take cases");
            }
            staff.teams.put(plan.code(), new TeamStaff(plan, teamIds.get(plan.code()), List.copyOf(list), caseworkers));
        }
        return staff;
    }

    private static String roles(Set<Role> roles) {
        return String.join(",", roles.stream().sorted().map(Enum::name).toList());
    }

    private static boolean takesCases(String roles) {
        return roles.contains(Role.SOCIAL_WORKER.name()) || roles.contains(Role.SOCIAL_EDUCATOR.name());
    }

    /** "nuria.pages", then "nuria.pages2"...: first given name and first surname, folded. */
    private static String uniqueUsername(String displayName, Set<String> taken) {
        String[] words = displayName.split(" ");
        // Compound given names ("Josep Maria") keep only the first word; the surname follows the given name(s).
        String given = Texts.fold(words[0]).replaceAll("[^a-z]", "");
        String surname = Texts.fold(words[words.length - 2]).replaceAll("[^a-z]", "");
        String base = given + "." + surname;
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        taken.add(name);
        return name;
    }

    List<TeamStaff> teams() {
        return List.copyOf(teams.values());
    }

    TeamStaff team(String code) {
        return teams.get(code);
    }

    /** A professional by user name (the demo accounts), or null. */
    Professional byUsername(String username) {
        return byUsername.get(username.toLowerCase(Locale.ROOT));
    }

    int professionals() {
        return teams.values().stream().mapToInt(t -> t.all().size()).sum();
    }
}
