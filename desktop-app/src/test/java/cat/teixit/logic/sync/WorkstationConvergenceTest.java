package cat.teixit.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.casefile.PersonService;
import cat.teixit.persistence.sync.StoredConflict;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.testing.SyncModel;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Mirror;
import cat.teixit.testing.Station;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convergence property on the product: three workstations (the whole composition root, the real tables,
 * {@code DesktopSyncStore}) of three users create people and edit their phone and email through the person
 * form's use case, at random by a seed; in bursts two or three of them edit one person and sync at the same
 * time (each workstation's sync runs on its own thread, so the pushes meet on the server); conflicts are
 * resolved through the conflict screen's use case, keeping mine or theirs at random. At the end every
 * workstation equals the server and both equal the {@link SyncModel}, which computed the expected state from
 * the history (every push and its answer, every change the driver made) with the protocol's rules; no op was
 * refused and each conflict the model predicts was kept exactly once. Seeds:
 * {@code -Dteixit.convergence.desktopSeeds=N} (default 2), first {@code -Dteixit.convergence.firstSeed=S}; a
 * failure names its seed and writes its history to {@code target/convergence-histories/}.
 */
class WorkstationConvergenceTest {

    private static final List<String> USERS = List.of("laia", "jordi", "montse");
    private static final List<String> NAMES = List.of("Núria", "Omar", "Aina", "Biel", "Jana", "Pau", "Laura");
    private static final List<String> PHONES = List.of("600000001", "600000002", "600000003");
    private static final List<String> EMAILS = List.of("a@example.cat", "b@example.cat", "c@example.cat");

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    static Stream<Long> seeds() {
        long first = Long.getLong("teixit.convergence.firstSeed", 1);
        return LongStream.range(first, first + Long.getLong("teixit.convergence.desktopSeeds", 2)).boxed();
    }

    private SplittableRandom random;
    private SyncModel model;
    private final List<Station> stations = new ArrayList<>();
    private final List<UUID> people = new ArrayList<>();

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void workstationsConvergeToTheServerAndTheModel(long seed, @TempDir Path dir) throws Exception {
        random = new SplittableRandom(seed);
        model = new SyncModel();
        try {
            for (int i = 0; i < USERS.size(); i++) {
                Station s = Station.open(dir.resolve("ws" + i), server.url(), CrashPoints.NONE, model);
                stations.add(s);
                s.login(USERS.get(i));
            }
            for (int i = 0; i < 3; i++) {
                create(stations.getFirst());
            }
            for (Station s : stations) {
                s.syncOk();
            }
            for (int action = 0; action < 40; action++) {
                Station s = stations.get(random.nextInt(stations.size()));
                int dice = random.nextInt(100);
                if (dice < 12) {
                    create(s);
                } else if (dice < 50) {
                    edit(s, people.get(random.nextInt(people.size())));
                } else if (dice < 75) {
                    burst();
                } else {
                    model.note(device(s) + " sync");
                    s.syncOk();
                }
            }
            settle(seed);
            check(seed);
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + saveHistory(seed), e);
        } finally {
            stations.forEach(Station::close);
            stations.clear();
            people.clear();
        }
    }

    private static String device(Station s) {
        return s.w.syncStore().deviceId();
    }

    private void create(Station s) {
        String given = NAMES.get(random.nextInt(NAMES.size()));
        PersonService.Created p = s.newPerson(given, "Conv");
        people.add(p.personId());
        model.intended(device(s), p.personId(), ChangeKind.INSERT, Map.of("given_name", given));
    }

    /** Sets a phone or an email to a random value; a value equal to the current one changes nothing. */
    private void edit(Station s, UUID person) {
        if (s.w.syncStore().row("person", person).isEmpty()) {
            return;
        }
        boolean phone = random.nextBoolean();
        String value = phone ? PHONES.get(random.nextInt(PHONES.size())) : EMAILS.get(random.nextInt(EMAILS.size()));
        String field = phone ? "phone" : "email";
        if (value.equals(current(s, person, field))) {
            return;
        }
        s.edit(person, f -> phone ? Station.withPhone(f, value) : Station.withEmail(f, value));
        model.intended(device(s), person, ChangeKind.PATCH, Map.of(field, value));
    }

    private static String current(Station s, UUID person, String field) {
        JsonNode v = s.w.syncStore().row("person", person).orElseThrow().fields().get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Two or three workstations edit one person, then all sync at the same time. */
    private void burst() throws Exception {
        List<Station> group = new ArrayList<>(stations);
        while (group.size() > 2 + random.nextInt(2)) {
            group.remove(random.nextInt(group.size()));
        }
        UUID person = people.get(random.nextInt(people.size()));
        for (Station s : group) {
            edit(s, person);
        }
        model.note("burst: " + group.stream().map(WorkstationConvergenceTest::device).toList() + " sync at once");
        List<CompletableFuture<SyncService.Result>> running = new ArrayList<>();
        for (Station s : group) {
            running.add(s.w.sync().syncNow(s.user));
        }
        for (CompletableFuture<SyncService.Result> f : running) {
            assertThat(f.get(2, TimeUnit.MINUTES).outcome()).isEqualTo(SyncService.Outcome.OK);
        }
    }

    /** Resolves every open conflict (mine or theirs at random) and syncs everyone until nothing moves. */
    private void settle(long seed) throws Exception {
        for (int round = 0; round < 10; round++) {
            boolean busy = false;
            for (Station s : stations) {
                busy |= resolve(s);
                s.syncOk();
            }
            for (Station s : stations) {
                busy |= s.w.sync().status().pendingChanges() > 0 || !s.w.conflicts().open(s.user).isEmpty();
            }
            if (!busy) {
                for (Station s : stations) {
                    s.syncOk();
                }
                return;
            }
        }
        throw new AssertionError("seed " + seed + ": the workstations did not settle");
    }

    private boolean resolve(Station s) {
        List<ConflictService.Summary> open = s.w.conflicts().open(s.user);
        for (ConflictService.Summary c : open) {
            boolean keepMine = random.nextBoolean();
            ConflictService.Detail detail = s.w.conflicts().detail(s.user, c.id());
            Map<String, ConflictService.Decision> decisions = new HashMap<>();
            Map<String, Object> sent = new TreeMap<>();
            for (ConflictService.Field f : detail.fields()) {
                decisions.put(f.name(), keepMine ? ConflictService.Decision.mine() : ConflictService.Decision.theirs());
                if (keepMine && f.mine() != null && !f.mine().equals(current(s, c.entityId(), f.name()))) {
                    sent.put(f.name(), f.mine());
                }
            }
            s.w.conflicts().resolveFields(s.user, c.id(), decisions);
            model.note(device(s) + " resolved conflict " + c.id() + " on " + c.entityId() + ": "
                    + (keepMine ? "mine" : "theirs"));
            if (!sent.isEmpty()) {
                model.intended(device(s), c.entityId(), ChangeKind.PATCH, sent);
            }
        }
        return !open.isEmpty();
    }

    private void check(long seed) throws Exception {
        Map<UUID, String> expected = new TreeMap<>();
        model.expected().forEach((id, e) -> {
            if (e.scope().equals("GIR-N")) {
                expected.put(id, e.entityType() + " " + e.describe());
            }
        });
        Map<UUID, String> serverState = Mirror.server(server, "GIR-N");
        Map<UUID, String> serverOfModel = new TreeMap<>(serverState);
        serverOfModel.keySet().retainAll(expected.keySet());
        assertThat(serverOfModel).as("seed %d: the server equals the model", seed).isEqualTo(expected);
        Mirror.assertEqualToServer(server, "GIR-N", stations.toArray(Station[]::new));
        for (Station s : stations) {
            assertThat(s.w.syncStore().rejections(100)).as("seed %d: refusals on %s", seed, device(s)).isEmpty();
            List<Long> kept = new ArrayList<>();
            for (StoredConflict.Status status : List.of(StoredConflict.Status.OPEN, StoredConflict.Status.RESOLVED)) {
                s.w.syncStore().conflicts(status, 1000).forEach(c -> kept.add(c.opId()));
            }
            assertThat(kept).as("seed %d: conflicts kept by %s (once each, as the model predicts)", seed, device(s))
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(model.conflicts(device(s)));
        }
    }

    private String saveHistory(long seed) {
        return model.saveHistory("workstations-seed-" + seed) + "; replay the driver with -Dteixit.convergence.firstSeed="
                + seed + " -Dteixit.convergence.desktopSeeds=1";
    }
}
