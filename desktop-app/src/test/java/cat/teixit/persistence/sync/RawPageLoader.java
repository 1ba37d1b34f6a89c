package cat.teixit.persistence.sync;

import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.RecordState;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor the workstation's pull is measured against (the sync benchmark): pulled pages decoded and their
 * records inserted into the same typed tables of the same schema, search index triggers and all, by batched
 * prepared inserts, one transaction per page set, and nothing else (no merge with local changes, no version
 * check, no parking). Only for a new, empty store. Not thread-safe.
 */
public final class RawPageLoader {

    private static final ObjectMapper JSON = Json.strictMapper();

    private RawPageLoader() {
    }

    /** Decodes and inserts one page set (pages as the server sent them) in one write transaction; returns the records. */
    public static int insert(LocalStore store, SyncTables tables, List<byte[]> pageSet) {
        return store.write(tx -> tx.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
            }
            Map<String, PreparedStatement> inserts = new HashMap<>();
            int n = 0;
            try {
                for (byte[] bytes : pageSet) {
                    for (RecordState r : decode(bytes).records()) {
                        SyncTables.Table t = tables.table(r.entityType()).orElseThrow();
                        PreparedStatement ps = inserts.get(t.name());
                        if (ps == null) {
                            ps = c.prepareStatement(insertSql(t));
                            inserts.put(t.name(), ps);
                        }
                        SyncRows.bindServerState(ps, t, r);
                        ps.addBatch();
                        n++;
                    }
                }
                for (PreparedStatement ps : inserts.values()) {
                    ps.executeBatch();
                }
            } finally {
                for (PreparedStatement ps : inserts.values()) {
                    ps.close();
                }
            }
            return n;
        }));
    }

    private static Responses.Pull decode(byte[] bytes) {
        try {
            return JSON.readValue(bytes, Responses.Pull.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String insertSql(SyncTables.Table t) {
        StringBuilder cols = new StringBuilder("id, scope, server_version, updated_at, deleted_at");
        StringBuilder params = new StringBuilder("?, ?, ?, ?, ?");
        for (SyncTables.Column col : t.columns()) {
            cols.append(", ").append(SyncRows.quote(col.name()));
            params.append(", ?");
        }
        return "INSERT INTO " + SyncRows.quote(t.name()) + " (" + cols + ") VALUES (" + params + ")";
    }
}
