package cat.teixit.server.audit;

import cat.teixit.server.auth.ActiveAccount;
import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.db.Sql;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.AuditChain;
import cat.teixit.sync.protocol.AuditEntry;
import cat.teixit.sync.protocol.AuditWire;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.PermissionMatrix;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstations' audit trails on the server (docs/sync-protocol.md §10, docs/decisions/0026-audit-trail.md): each
 * upload is checked entry by entry against the last entry held of the device, in one transaction per upload with the
 * device locked; a gap, an edited entry, an entry out of its place or a broken link is written as a finding (and the
 * entry kept, marked), never silently accepted. An entry already held with the same hash (an upload resumed after a
 * cut) is skipped. Team leads ({@code VIEW_AUDIT}) read the entries and findings of their own team. Thread-safe.
 */
public final class AuditTrailService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailService.class);
    /** At most this many entries in one answer to a team lead. */
    public static final int MAX_SERVED = 5000;
    private static final String COLUMNS = "device_id, seq, at, user_id, user_name, action, entity_type, entity_id,"
            + " case_file_id, detail, prev_hash, hash";

    private final Database db;

    public AuditTrailService(Database db) {
        this.db = db;
    }

    /** Receives the next entries of the session's device. */
    public AuditWire.Received receive(Principal who, AuditWire.Upload upload) throws SQLException {
        if (!upload.deviceId().equals(who.deviceId())) {
            throw new ApiException(ErrorCode.DEVICE_MISMATCH, "audit entries of another device than the session's");
        }
        if (upload.entries().size() > AuditWire.MAX_ENTRIES) {
            throw new ApiException(ErrorCode.TOO_LARGE, "at most " + AuditWire.MAX_ENTRIES + " entries per upload");
        }
        String device = upload.deviceId();
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('audit:' || ?))")) {
                ps.setString(1, device);
                ps.execute();
            }
            ActiveAccount me = ActiveAccount.of(c, who.userId());
            Held last = Sql.first(c,
                    "SELECT seq, hash FROM audit_trail_entry WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                    rs -> new Held(rs.getLong(1), rs.getString(2)), device);
            long lastSeq = last == null ? 0 : last.seq();
            String lastHash = last == null ? AuditChain.GENESIS : last.hash();
            int found = 0;
            for (AuditEntry e : upload.entries()) {
                if (e.seq() <= lastSeq) {
                    String held = heldHash(c, device, e.seq());
                    if (e.hash().equals(held) && e.hashHolds()) {
                        continue; // sent again after a cut: already held as it is
                    }
                    AuditChain.Problem p = held == null ? AuditChain.Problem.REORDERED : AuditChain.Problem.EDITED;
                    finding(c, e, p, me.teamCode());
                    found++;
                    if (held == null) {
                        insert(c, e, who.userId(), me.teamCode(), p);
                    }
                    continue;
                }
                AuditChain.Problem p = null;
                if (!e.hashHolds()) {
                    p = AuditChain.Problem.EDITED;
                } else if (e.seq() > lastSeq + 1) {
                    p = AuditChain.Problem.GAP;
                } else if (!e.prevHash().equals(lastHash)) {
                    p = AuditChain.Problem.BROKEN_LINK;
                }
                if (p != null) {
                    finding(c, e, p, me.teamCode());
                    found++;
                }
                insert(c, e, who.userId(), me.teamCode(), p);
                lastSeq = e.seq();
                lastHash = e.hash();
            }
            if (found > 0) {
                LOG.warn("Audit trail of device {}: {} problem(s) found on receipt", device, found);
            }
            return new AuditWire.Received(lastSeq, findingsOf(c, device));
        });
    }

    /** How far the server holds the session device's trail. */
    public AuditWire.Received state(Principal who) throws SQLException {
        try (Connection c = db.connection()) {
            long last = Sql.first(c, "SELECT coalesce(max(seq), 0) FROM audit_trail_entry WHERE device_id = ?",
                    rs -> rs.getLong(1), who.deviceId());
            return new AuditWire.Received(last, findingsOf(c, who.deviceId()));
        }
    }

    /** The last entry held of a device. */
    private record Held(long seq, String hash) {
    }

    private static String heldHash(Connection c, String device, long seq) throws SQLException {
        return Sql.first(c, "SELECT hash FROM audit_trail_entry WHERE device_id = ? AND seq = ?", rs -> rs.getString(1),
                device, seq);
    }

    private static long findingsOf(Connection c, String device) throws SQLException {
        return Sql.first(c, "SELECT count(*) FROM audit_trail_finding WHERE device_id = ?", rs -> rs.getLong(1), device);
    }

    private static void finding(Connection c, AuditEntry e, AuditChain.Problem p, String team) throws SQLException {
        Sql.update(c, "INSERT INTO audit_trail_finding (device_id, seq, problem, received_hash, team_code)"
                + " VALUES (?, ?, ?, ?, ?)", e.deviceId(), e.seq(), p.name(), e.hash(), team);
    }

    private static void insert(Connection c, AuditEntry e, long uploadedBy, String team, AuditChain.Problem p)
            throws SQLException {
        Sql.update(c, "INSERT INTO audit_trail_entry (" + COLUMNS + ", uploaded_by, team_code, problem)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", e.deviceId(), e.seq(), e.at(), e.userId(), e.userName(),
                e.action(), e.entityType(), e.entityId(), e.caseFileId(), e.detail(), e.prevHash(), e.hash(), uploadedBy,
                team, p == null ? null : p.name());
    }

    /** The team lead's team, or 403 when the matrix does not grant {@code VIEW_AUDIT}. */
    private static String leadTeam(Connection c, Principal who) throws SQLException {
        ActiveAccount a = ActiveAccount.of(c, who.userId());
        if (!PermissionMatrix.allows(a.roles(), "VIEW_AUDIT")) {
            throw new ApiException(ErrorCode.FORBIDDEN, "reading the audit trail needs VIEW_AUDIT");
        }
        return a.teamCode();
    }

    /**
     * Entries of the lead's team: of case file {@code caseFileId} (newest first), or of user {@code userName} in
     * [{@code fromMs}, {@code toMs}) (oldest first).
     */
    public AuditWire.Entries entries(Principal who, String caseFileId, String userName, long fromMs, long toMs)
            throws SQLException {
        if ((caseFileId == null) == (userName == null)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "name a case file or a user");
        }
        try (Connection c = db.connection()) {
            String team = leadTeam(c, who);
            String sql = "SELECT " + COLUMNS + ", (extract(epoch FROM received_at) * 1000)::bigint, problem"
                    + " FROM audit_trail_entry WHERE team_code = ? AND "
                    + (caseFileId != null ? "case_file_id = ? ORDER BY at DESC, device_id, seq DESC"
                            : "user_name = ? AND at >= ? AND at < ? ORDER BY at, device_id, seq") + " LIMIT " + MAX_SERVED;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, team);
                if (caseFileId != null) {
                    ps.setString(2, caseFileId);
                } else {
                    ps.setString(2, userName);
                    ps.setLong(3, fromMs);
                    ps.setLong(4, toMs);
                }
                List<AuditWire.Served> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = new AuditEntry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11), rs.getString(12));
                        out.add(new AuditWire.Served(e, rs.getLong(13), rs.getString(14)));
                    }
                }
                return new AuditWire.Entries(out);
            }
        }
    }

    /** The problems found in the chains of the lead's team's devices, newest first. */
    public AuditWire.Findings findings(Principal who) throws SQLException {
        try (Connection c = db.connection()) {
            String team = leadTeam(c, who);
            try (PreparedStatement ps = c.prepareStatement("SELECT device_id, seq, problem,"
                    + " (extract(epoch FROM found_at) * 1000)::bigint FROM audit_trail_finding WHERE team_code = ?"
                    + " ORDER BY found_at DESC, id DESC LIMIT " + MAX_SERVED)) {
                ps.setString(1, team);
                List<AuditWire.Finding> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditWire.Finding(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                    }
                }
                return new AuditWire.Findings(out);
            }
        }
    }
}
