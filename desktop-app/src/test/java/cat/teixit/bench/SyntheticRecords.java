package cat.teixit.bench;

import cat.teixit.testing.TestKeys;
import cat.teixit.app.Stores;
import cat.teixit.app.Workstation;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.demo.SyntheticArea;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.sync.SyncTables;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.sync.protocol.Validation;
import cat.teixit.testing.CentralServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A synthetic area as {@code teixit generate} makes it (people, households, members, case files and their
 * social history), read back as the central server's records of one team's scope and loaded into the
 * server's database as pushes would have left them: whole transactions of 500 changes, every parent before
 * its children, the tables interleaved as a team's years of work interleave them. Not thread-safe.
 */
final class SyntheticRecords {

    /** One record as the server stores it: its fields are the row's synced columns, as a workstation sends them. */
    record Rec(String entityType, UUID id, String scope, String fieldsJson, String hlc) {
    }

    private static final ObjectMapper JSON = Json.strictMapper();
    /** The history ends here, whatever the day the benchmark runs: the same seed gives the same records. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final String FALLBACK_HLC = "0000000000001-0000-synthetic";
    private static final int RECORDS_PER_TRANSACTION = 500;

    private SyntheticRecords() {
    }

    /**
     * The first {@code count} records of an area of about {@code people} people in {@code team} (its demo
     * accounts only), generated into {@code dir} unless an earlier run left it there.
     */
    static List<Rec> of(Path dir, String team, int people, long seed, int count) throws Exception {
        Path done = dir.resolve("generated-" + team + "-" + people + "-" + seed + "-" + AS_OF);
        if (!Files.exists(done)) {
            deleteTree(dir);
            Files.createDirectories(dir);
            try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, false)) {
                String verifier = new PasswordHasher().hash(DemoSeeder.DEMO_PASSWORD.toCharArray());
                w.generateArea(new SyntheticArea.Options(people, seed, AS_OF, List.of(team), false, false), verifier,
                        SyntheticArea.Progress.NONE);
            }
            Files.createFile(done);
        }
        List<Rec> all;
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, false)) {
            all = read(w);
        }
        if (all.size() < count) {
            throw new IllegalStateException("the area has " + all.size() + " records, fewer than " + count);
        }
        return List.copyOf(all.subList(0, count));
    }

    /** Rows per entity type, for the log. */
    static Map<String, Integer> mix(List<Rec> records) {
        Map<String, Integer> out = new LinkedHashMap<>();
        records.forEach(r -> out.merge(r.entityType(), 1, Integer::sum));
        return out;
    }

    private static List<Rec> read(Workstation w) {
        SyncTables tables = w.syncStore().tables();
        return Stores.of(w).read(tx -> tx.jdbc(c -> {
            Map<String, UUID> serverIds = serverIds(c);
            List<SyncTables.Table> order = parentsFirst(tables);
            // Each table in the order it was written (household by household), placed by how far through it a row is.
            List<Placed> placed = new ArrayList<>();
            for (int rank = 0; rank < order.size(); rank++) {
                SyncTables.Table t = order.get(rank);
                List<Rec> rows = rows(c, t, serverIds);
                for (int i = 0; i < rows.size(); i++) {
                    placed.add(new Placed(rows.get(i), (double) i / rows.size(), rank, t));
                }
            }
            placed.sort(Comparator.comparingDouble(Placed::position).thenComparingInt(Placed::rank));
            return parentsBeforeChildren(placed);
        }));
    }

    private record Placed(Rec rec, double position, int rank, SyncTables.Table table) {
    }

    /** Keeps the order, except that a record waits until every parent it names has come. */
    private static List<Rec> parentsBeforeChildren(List<Placed> placed) throws java.sql.SQLException {
        Set<String> ids = new HashSet<>();
        placed.forEach(p -> ids.add(p.rec().id().toString()));
        Set<String> emitted = new HashSet<>();
        Map<String, List<Placed>> waiting = new HashMap<>();
        List<Rec> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            emit(p, ids, emitted, waiting, out);
        }
        if (out.size() != placed.size()) {
            throw new IllegalStateException("records whose parents never come");
        }
        return out;
    }

    private static void emit(Placed p, Set<String> ids, Set<String> emitted, Map<String, List<Placed>> waiting,
            List<Rec> out) throws java.sql.SQLException {
        ObjectNode fields = (ObjectNode) readTree(p.rec().fieldsJson());
        for (SyncTables.Reference ref : p.table().references()) {
            var v = fields.get(ref.column());
            if (v != null && v.isTextual() && ids.contains(v.textValue()) && !emitted.contains(v.textValue())) {
                waiting.computeIfAbsent(v.textValue(), k -> new ArrayList<>()).add(p);
                return;
            }
        }
        out.add(p.rec());
        emitted.add(p.rec().id().toString());
        List<Placed> children = waiting.remove(p.rec().id().toString());
        if (children != null) {
            for (Placed child : children) {
                emit(child, ids, emitted, waiting, out);
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String text) throws java.sql.SQLException {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.sql.SQLException(e);
        }
    }

    /** The synced tables, every table after the tables it refers to. */
    private static List<SyncTables.Table> parentsFirst(SyncTables tables) {
        List<SyncTables.Table> left = new ArrayList<>(tables.all());
        left.sort(Comparator.comparing(SyncTables.Table::name));
        List<SyncTables.Table> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!left.isEmpty()) {
            SyncTables.Table next = left.stream()
                    .filter(t -> t.references().stream().allMatch(r -> r.parent().equals(t.name()) || placed.contains(r.parent())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("synced tables refer to each other in a cycle"));
            left.remove(next);
            out.add(next);
            placed.add(next.name());
        }
        return out;
    }

    /**
     * The generated teams and accounts get the ids the workstation gives them when the server names them
     * (AuthService's stable ids), so that authors and reference professionals are known where the records land.
     */
    private static Map<String, UUID> serverIds(Connection c) throws java.sql.SQLException {
        Map<String, UUID> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, 'user', lower(username) FROM app_user "
                + "UNION ALL SELECT id, 'team', code FROM team"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), UUID.nameUUIDFromBytes(("teixit:" + rs.getString(2) + ":" + rs.getString(3))
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static List<Rec> rows(Connection c, SyncTables.Table t, Map<String, UUID> serverIds)
            throws java.sql.SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, scope, updated_at");
        t.columns().forEach(col -> sql.append(", \"").append(col.name()).append('"'));
        sql.append(" FROM \"").append(t.name()).append("\" WHERE deleted_at IS NULL ORDER BY rowid");
        List<Rec> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ObjectNode fields = JSON.createObjectNode();
                for (int i = 0; i < t.columns().size(); i++) {
                    String name = t.columns().get(i).name();
                    switch (rs.getObject(4 + i)) {
                        case null -> fields.putNull(name);
                        case Integer v -> fields.put(name, v.longValue());
                        case Long v -> fields.put(name, v);
                        case Double v -> fields.put(name, v);
                        case String v -> {
                            UUID mapped = serverIds.get(v);
                            fields.put(name, mapped != null ? mapped.toString() : v);
                        }
                        default -> throw new IllegalStateException("unexpected value in " + t.name() + "." + name);
                    }
                }
                String hlc = rs.getString(3);
                out.add(new Rec(t.name(), UUID.fromString(rs.getString(1)), rs.getString(2), fields.toString(),
                        hlc != null && Validation.matches(Validation.HLC, hlc) ? hlc : FALLBACK_HLC));
            }
        }
        return out;
    }

    /**
     * Loads {@code records} into the server's database as changes of {@code scope} made by {@code username},
     * {@value #RECORDS_PER_TRANSACTION} per transaction (as pushes of whole user transactions leave them).
     */
    static void load(CentralServer server, String scope, String username, List<Rec> records) throws Exception {
        try (Connection c = server.connection()) {
            c.setAutoCommit(false);
            long uid;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
                ps.setString(1, username.toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    uid = rs.getLong(1);
                }
            }
            try (PreparedStatement rec = c.prepareStatement("""
                    INSERT INTO record (id, entity_type, scope, version, fields, field_changes, hlc, created_by, updated_by,
                        updated_at) VALUES (?, ?, ?, 1, ?::json, '{}'::json, ?, ?, ?, now())""");
                    PreparedStatement ch = c.prepareStatement(
                            "INSERT INTO change (scope, xid, record_id, version) VALUES (?, pg_current_xact_id()::text::bigint, ?, 1)")) {
                for (int from = 0; from < records.size(); from += RECORDS_PER_TRANSACTION) {
                    for (Rec r : records.subList(from, Math.min(records.size(), from + RECORDS_PER_TRANSACTION))) {
                        rec.setObject(1, r.id());
                        rec.setString(2, r.entityType());
                        rec.setString(3, scope);
                        rec.setString(4, r.fieldsJson());
                        rec.setString(5, r.hlc());
                        rec.setLong(6, uid);
                        rec.setLong(7, uid);
                        rec.addBatch();
                        ch.setString(1, scope);
                        ch.setObject(2, r.id());
                        ch.addBatch();
                    }
                    rec.executeBatch();
                    ch.executeBatch();
                    c.commit();
                }
            }
            try (var s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("VACUUM ANALYZE record");
                s.execute("VACUUM ANALYZE change");
            }
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
