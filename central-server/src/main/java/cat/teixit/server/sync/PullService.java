package cat.teixit.server.sync;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.http.ApiException;
import cat.teixit.sync.client.protocol.Protocol;
import cat.teixit.sync.client.protocol.RecordState;
import cat.teixit.sync.client.protocol.Responses;
import cat.teixit.sync.client.protocol.Validation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Serves the changes of one scope after a cursor. The cursor is the (xid, seq) of the last change
 * served; only changes written by transactions below the oldest still running one are served (the
 * safe watermark), so a transaction that commits late can never land below a cursor already handed
 * out. A page ends at a transaction boundary. Thread-safe (stateless).
 */
public final class PullService {

    /** Chooses the watermark: the safe one, or (only to prove in a test that it matters) none. */
    public enum Watermark {
        SAFE, NAIVE_FOR_TESTS_ONLY
    }

    private final Database db;
    private final ObjectMapper json;
    private final Watermark watermark;

    public PullService(Database db, ObjectMapper json, Watermark watermark) {
        this.db = db;
        this.json = json;
        this.watermark = watermark;
    }

    /** Parsed cursor: the last (xid, seq) served; (0, 0) before the first pull. */
    record Cursor(long xid, long seq) {
        static Cursor parse(String text) {
            if (text == null || text.isEmpty()) {
                return new Cursor(0, 0);
            }
            if (!Validation.matches(Validation.CURSOR, text)) {
                throw new ApiException(400, "bad_cursor", "malformed cursor");
            }
            int dot = text.indexOf('.');
            try {
                return new Cursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
            } catch (NumberFormatException e) {
                throw new ApiException(400, "bad_cursor", "malformed cursor");
            }
        }

        @Override
        public String toString() {
            return xid + "." + seq;
        }
    }

    public Responses.Pull pull(Principal who, String scope, String cursorText, int limit) throws SQLException {
        if (!Validation.matches(Validation.SCOPE, scope)) {
            throw ApiException.badRequest("invalid scope");
        }
        if (!who.canRead(scope)) {
            throw ApiException.forbidden("scope not held");
        }
        if (limit < 1 || limit > Protocol.MAX_PULL_LIMIT) {
            throw ApiException.badRequest("limit must be 1.." + Protocol.MAX_PULL_LIMIT);
        }
        Cursor from = Cursor.parse(cursorText);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                Responses.Pull page = page(c, scope, from, limit);
                c.commit();
                return page;
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
    }

    private Responses.Pull page(Connection c, String scope, Cursor from, int limit) throws SQLException {
        long horizon;
        try (PreparedStatement ps = c.prepareStatement(watermark == Watermark.SAFE
                ? "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
                : "SELECT 9223372036854775807");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            horizon = rs.getLong(1);
        }
        List<RecordState> records = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        long[] last = {from.xid(), from.seq()};
        int rows;
        String select = """
                SELECT c.xid, c.seq, r.entity_type, r.id, r.scope, r.version, r.fields::text, r.deleted_at, r.hlc,
                       u.username, r.updated_at
                FROM change c JOIN record r ON r.id = c.record_id JOIN app_user u ON u.id = r.updated_by
                WHERE c.scope = ? AND %s AND c.xid < ?
                ORDER BY c.xid, c.seq""";
        String order = watermark == Watermark.SAFE ? "(c.xid, c.seq) > (?, ?)" : "(c.seq > ? + 0 * ?)";
        try (PreparedStatement ps = c.prepareStatement(select.formatted(order) + " LIMIT ?")) {
            ps.setString(1, scope);
            if (watermark == Watermark.SAFE) {
                ps.setLong(2, from.xid());
                ps.setLong(3, from.seq());
            } else {
                ps.setLong(2, from.seq());
                ps.setLong(3, from.xid());
            }
            ps.setLong(4, horizon);
            ps.setInt(5, limit);
            rows = read(ps, records, seen, last);
        }
        boolean more = rows == limit;
        if (more && watermark == Watermark.SAFE) {
            // Finish the last transaction so the client never applies half of one.
            try (PreparedStatement ps = c.prepareStatement(
                    select.formatted("c.xid = ? AND c.seq > ?"))) {
                ps.setString(1, scope);
                ps.setLong(2, last[0]);
                ps.setLong(3, last[1]);
                ps.setLong(4, horizon);
                read(ps, records, seen, last);
            }
        }
        String cursor = watermark == Watermark.SAFE ? last[0] + "." + last[1] : "0." + last[1];
        return new Responses.Pull(scope, records, cursor, more);
    }

    private int read(PreparedStatement ps, List<RecordState> out, Set<UUID> seen, long[] last) throws SQLException {
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
                last[0] = rs.getLong(1);
                last[1] = rs.getLong(2);
                UUID id = rs.getObject(4, UUID.class);
                if (!seen.add(id)) {
                    continue;
                }
                Timestamp deleted = rs.getTimestamp(8);
                try {
                    out.add(new RecordState(rs.getString(3), id, rs.getString(5), rs.getLong(6),
                            (ObjectNode) json.readTree(rs.getString(7)), deleted == null ? null : deleted.getTime(),
                            rs.getString(9), rs.getString(10), rs.getTimestamp(11).getTime()));
                } catch (JsonProcessingException e) {
                    throw new SQLException("stored record unreadable", e);
                }
            }
        }
        return rows;
    }
}
