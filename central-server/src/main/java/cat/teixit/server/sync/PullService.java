package cat.teixit.server.sync;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.Responses;
import cat.teixit.sync.protocol.Validation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Serves the changes of one scope after a cursor. The cursor is the (xid, seq) of the last change
 * served; only changes written by transactions below the oldest still running one are served (the
 * safe watermark), so a transaction that commits late can never land below a cursor already handed
 * out. A page ends at a transaction boundary (unless that transaction wrote more than a push can).
 * Thread-safe (stateless).
 */
public final class PullService {

    /**
     * Which changes of the log ({@code c}) a page may serve after the cursor. The server has one, {@link #SAFE};
     * a test gives a naive one to prove that the safe one matters. Implementations are immutable.
     */
    interface Window {
        /** The SQL condition on {@code c}: after the cursor (its xid, then its seq, as parameters) and ready. */
        String condition();

        /** Whether a full page is extended to the end of its last transaction. */
        boolean endsOnTransactions();

        /** The cursor handed out after the change ({@code xid}, {@code seq}). */
        String cursorAfter(long xid, long seq);
    }

    /**
     * After the cursor in (xid, seq) order and below the oldest transaction still running, computed in the page's
     * own statement so both see one snapshot: every transaction below it has ended, whatever committed is visible.
     */
    static final Window SAFE = new Window() {
        @Override
        public String condition() {
            return "(c.xid, c.seq) > (?, ?) AND c.xid < (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint)";
        }

        @Override
        public boolean endsOnTransactions() {
            return true;
        }

        @Override
        public String cursorAfter(long xid, long seq) {
            return xid + "." + seq;
        }
    };

    private final Database db;
    private final ObjectMapper json;
    private final Window window;

    public PullService(Database db, ObjectMapper json) {
        this(db, json, SAFE);
    }

    PullService(Database db, ObjectMapper json, Window window) {
        this.db = db;
        this.json = json;
        this.window = window;
    }

    /** Parsed cursor: the last (xid, seq) served; (0, 0) before the first pull. */
    record Cursor(long xid, long seq) {
        static Cursor parse(String text) {
            if (text == null || text.isEmpty()) {
                return new Cursor(0, 0);
            }
            if (!Validation.matches(Validation.CURSOR, text)) {
                throw new ApiException(ErrorCode.BAD_CURSOR, "malformed cursor");
            }
            int dot = text.indexOf('.');
            try {
                return new Cursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
            } catch (NumberFormatException e) {
                throw new ApiException(ErrorCode.BAD_CURSOR, "malformed cursor");
            }
        }

        @Override
        public String toString() {
            return xid + "." + seq;
        }
    }

    /**
     * One page, already serialised: the JSON of a {@link Responses.Pull}, how many records it holds, and its cursor and
     * whether more follows (also in the JSON).
     */
    public record Page(byte[] json, int records, String cursor, boolean more) {
    }

    /** One page, parsed (for tests and tools; the server sends {@link #page} bytes as they are). */
    public Responses.Pull pull(Principal who, String scope, String cursorText, int limit) throws SQLException {
        try {
            return json.readValue(page(who, scope, cursorText, limit).json(), Responses.Pull.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page as JSON. Record fields go out as the text stored (json, not jsonb: decision 0058), without being
     * parsed and written again: that is most of the work of a pull.
     */
    public Page page(Principal who, String scope, String cursorText, int limit) throws SQLException {
        return page(who, scope, cursorText, limit, Openings.NONE);
    }

    /**
     * The live break-the-glass openings of a user (docs/decisions/0039-break-the-glass.md): for a scope she does not
     * hold, the ids of her openings of it that have not expired. Implementations are thread-safe.
     */
    @FunctionalInterface
    public interface Openings {
        Openings NONE = (who, scope) -> new long[0];

        long[] live(Principal who, String scope) throws SQLException;
    }

    /**
     * As {@link #page(Principal, String, String, int)}; a scope the user does not hold is served when she has live
     * openings of it, and then only the records those openings list (one case file each).
     */
    public Page page(Principal who, String scope, String cursorText, int limit, Openings openings) throws SQLException {
        if (!Validation.matches(Validation.SCOPE, scope)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "invalid scope");
        }
        long[] only = null;
        if (!who.canRead(scope)) {
            only = openings.live(who, scope);
            if (only.length == 0) {
                throw new ApiException(ErrorCode.FORBIDDEN, "scope not held");
            }
        }
        if (limit < 1 || limit > Protocol.MAX_PULL_LIMIT) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "limit must be 1.." + Protocol.MAX_PULL_LIMIT);
        }
        Cursor from = Cursor.parse(cursorText);
        try (Connection c = db.connection()) {
            return page(c, scope, from, limit, Protocol.MAX_PAGE_BYTES, only);
        }
    }

    /** The extra condition on the change log of a pull through emergency openings (their ids as the parameter). */
    private static final String OPENED_ONLY =
            " AND c.record_id IN (SELECT record_id FROM emergency_record WHERE opening_id = ANY (?))";

    /**
     * A page of at most {@code limit} changes (extended to the end of the last transaction), which stops adding
     * records once it holds {@code maxBytes}: 500 records of up to 64 KiB each would be far more than a client
     * reads, so a page must stay well within that (a transaction may then be split across pages, as the cursor allows).
     */
    private Page page(Connection c, String scope, Cursor from, int limit, int maxBytes, long[] only)
            throws SQLException {
        String filter = only == null ? "" : OPENED_ONLY;
        java.sql.Array ids = only == null ? null : c.createArrayOf("bigint", java.util.Arrays.stream(only).boxed()
                .toArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JsonGenerator gen;
        try {
            gen = json.getFactory().createGenerator(out);
            gen.writeStartObject();
            gen.writeStringField("scope", scope);
            gen.writeArrayFieldStart("records");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> seen = new HashSet<>();
        long[] last = {from.xid(), from.seq()};
        int[] rows = {0};
        boolean full;
        String select = """
                SELECT c.xid, c.seq, r.entity_type, r.id, r.scope, r.version, r.fields::text,
                       floor(extract(epoch FROM r.deleted_at) * 1000)::bigint, r.hlc,
                       u.username, floor(extract(epoch FROM r.updated_at) * 1000)::bigint
                FROM change c JOIN record r ON r.id = c.record_id JOIN app_user u ON u.id = r.updated_by
                WHERE c.scope = ? AND %s
                ORDER BY c.xid, c.seq""";
        try (PreparedStatement ps = c.prepareStatement(select.formatted(window.condition() + filter) + " LIMIT ?")) {
            int i = 0;
            ps.setString(++i, scope);
            ps.setLong(++i, from.xid());
            ps.setLong(++i, from.seq());
            if (ids != null) {
                ps.setArray(++i, ids);
            }
            ps.setInt(++i, limit);
            full = read(ps, gen, out, maxBytes, seen, last, rows);
        }
        boolean more = full || rows[0] == limit;
        if (more && !full && window.endsOnTransactions()) {
            // Finish the last transaction so the client never applies half of one (a push is at most
            // MAX_OPS_PER_PUSH changes; a larger bulk transaction is split, which the cursor allows).
            try (PreparedStatement ps = c.prepareStatement(
                    select.formatted("c.xid = ? AND c.seq > ?" + filter) + " LIMIT " + Protocol.MAX_OPS_PER_PUSH)) {
                // That transaction has ended (it was below the watermark), so all its rows are visible.
                ps.setString(1, scope);
                ps.setLong(2, last[0]);
                ps.setLong(3, last[1]);
                if (ids != null) {
                    ps.setArray(4, ids);
                }
                read(ps, gen, out, maxBytes, seen, last, rows);
            }
        }
        String cursor = window.cursorAfter(last[0], last[1]);
        try {
            gen.writeEndArray();
            gen.writeStringField("cursor", cursor);
            gen.writeBooleanField("hasMore", more);
            gen.writeEndObject();
            gen.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Page(out.toByteArray(), seen.size(), cursor, more);
    }

    /**
     * Writes the rows of {@code ps} as records, each record once. Stops before a record once the page holds
     * {@code maxBytes} (at least one record is always written); returns whether it stopped so.
     */
    private static boolean read(PreparedStatement ps, JsonGenerator gen, ByteArrayOutputStream out, int maxBytes,
            Set<String> seen, long[] last, int[] rows) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                // PostgreSQL's text of a uuid is its canonical form, as the protocol writes it.
                String id = rs.getString(4);
                if (seen.contains(id)) {
                    rows[0]++;
                    last[0] = rs.getLong(1);
                    last[1] = rs.getLong(2);
                    continue;
                }
                if (!seen.isEmpty() && out.size() + gen.getOutputBuffered() >= maxBytes) {
                    return true;
                }
                rows[0]++;
                last[0] = rs.getLong(1);
                last[1] = rs.getLong(2);
                seen.add(id);
                long deleted = rs.getLong(8);
                boolean live = rs.wasNull();
                gen.writeStartObject();
                gen.writeStringField("entityType", rs.getString(3));
                gen.writeStringField("id", id);
                gen.writeStringField("scope", rs.getString(5));
                gen.writeNumberField("version", rs.getLong(6));
                gen.writeFieldName("fields");
                gen.writeRawValue(rs.getString(7));
                if (live) {
                    gen.writeNullField("deletedAt");
                } else {
                    gen.writeNumberField("deletedAt", deleted);
                }
                gen.writeStringField("hlc", rs.getString(9));
                gen.writeStringField("updatedBy", rs.getString(10));
                gen.writeNumberField("updatedAt", rs.getLong(11));
                gen.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
