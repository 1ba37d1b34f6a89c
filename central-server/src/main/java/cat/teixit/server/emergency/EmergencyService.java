package cat.teixit.server.emergency;

import cat.teixit.server.auth.ActiveAccount;
import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.EmergencyWire;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.PermissionMatrix;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Break-the-glass access (docs/decisions/0039-break-the-glass.md): a user with {@code BREAK_THE_GLASS} opens one case
 * file outside her scopes with a written reason; until the opening expires, a pull of that case file's scope serves
 * the records of that case file and nothing else. Team leads ({@code VIEW_AUDIT}) list the openings that concern
 * their team. Thread-safe (stateless).
 */
public final class EmergencyService {

    /** Tries (granted or refused) one user may make in an hour. */
    public static final int MAX_TRIES_PER_HOUR = 10;

    /**
     * The records of a case file, all of its scope: the case file, its household, the household's members and their
     * people, the records that name the case file ({@code case_file_id}), and the plan goals and actions of its plans.
     * Parameters: the scope, the case file id.
     */
    private static final String CLOSURE = """
            WITH sc AS (SELECT CAST(? AS text) AS s),
                 cf AS (SELECT r.id, r.fields->>'household_id' AS household FROM record r, sc
                        WHERE r.scope = sc.s AND r.id = ? AND r.entity_type = 'case_file'),
                 direct AS (SELECT r.id FROM record r, sc, cf
                            WHERE r.scope = sc.s AND r.fields->>'case_file_id' = cf.id::text),
                 members AS (SELECT r.id, r.fields->>'person_id' AS person FROM record r, sc, cf
                             WHERE r.scope = sc.s AND r.entity_type = 'household_member'
                               AND r.fields->>'household_id' = cf.household)
            SELECT id FROM cf
            UNION SELECT r.id FROM record r, sc, cf WHERE r.scope = sc.s AND r.id::text = cf.household
            UNION SELECT id FROM members
            UNION SELECT r.id FROM record r, sc WHERE r.scope = sc.s AND r.id::text IN (SELECT person FROM members)
            UNION SELECT id FROM direct
            UNION SELECT r.id FROM record r, sc WHERE r.scope = sc.s
                AND (r.fields->>'plan_id' IN (SELECT id::text FROM direct)
                     OR r.fields->>'goal_id' IN (SELECT id::text FROM direct))
            """;

    private final Database db;
    private final Clock clock;
    private final Duration openFor;

    public EmergencyService(Database db, Clock clock, Duration openFor) {
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("an emergency opening must last some time");
        }
        this.db = db;
        this.clock = clock;
        this.openFor = openFor;
    }

    /**
     * Opens {@code req.caseFileId()} (a case file's identifier or number) for {@code who}: 403 without {@code BREAK_THE_GLASS}, 429 past
     * {@link #MAX_TRIES_PER_HOUR} tries in an hour (the audit rows of this endpoint count them, refused ones too),
     * {@code reason_required} for a reason shorter than {@link EmergencyWire#MIN_REASON} characters, 404 for no such
     * case file, {@code in_scope} for a case file of a scope the user already reads.
     */
    public EmergencyWire.Opening open(Principal who, EmergencyWire.Open req) throws SQLException {
        try (Connection c = db.connection()) {
            ActiveAccount a = ActiveAccount.of(c, who.userId());
            if (!PermissionMatrix.allows(a.roles(), "BREAK_THE_GLASS")) {
                throw new ApiException(ErrorCode.FORBIDDEN, "an emergency opening needs BREAK_THE_GLASS");
            }
            if (triesInTheLastHour(c, who.userId()) >= MAX_TRIES_PER_HOUR) {
                throw new ApiException(ErrorCode.TOO_MANY_ATTEMPTS,
                        "more than " + MAX_TRIES_PER_HOUR + " emergency openings tried in an hour; ask the team lead");
            }
            String reason = req.reason() == null ? "" : req.reason().strip();
            if (reason.length() < EmergencyWire.MIN_REASON || reason.length() > EmergencyWire.MAX_REASON) {
                throw new ApiException(ErrorCode.REASON_REQUIRED, "write why the case file is needed ("
                        + EmergencyWire.MIN_REASON + " to " + EmergencyWire.MAX_REASON + " characters)");
            }
            UUID caseFile = caseFileNamed(c, req.caseFileId());
            String scope = scopeOf(c, caseFile);
            if (who.canRead(scope)) {
                throw new ApiException(ErrorCode.IN_SCOPE, "the case file is in your scopes already: open it as usual");
            }
            Instant now = clock.instant();
            Instant expires = now.plus(openFor);
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO emergency_opening (user_id, user_team, device_id, case_file_id, scope, reason,
                                                       opened_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                    ps.setLong(1, who.userId());
                    ps.setString(2, a.teamCode());
                    ps.setString(3, who.deviceId());
                    ps.setObject(4, caseFile);
                    ps.setString(5, scope);
                    ps.setString(6, reason);
                    ps.setTimestamp(7, Timestamp.from(now));
                    ps.setTimestamp(8, Timestamp.from(expires));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                int records;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO emergency_record (opening_id, record_id)"
                        + " SELECT ?, id FROM (" + CLOSURE + ") closure")) {
                    ps.setLong(1, id);
                    ps.setString(2, scope);
                    ps.setObject(3, caseFile);
                    records = ps.executeUpdate();
                }
                c.commit();
                return new EmergencyWire.Opening(id, who.username(), a.teamCode(), who.deviceId(), caseFile.toString(),
                        scope, reason, now.toEpochMilli(), expires.toEpochMilli(), records);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static long triesInTheLastHour(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit WHERE user_id = ?"
                + " AND method = 'POST' AND endpoint = '/emergency' AND at > now() - interval '1 hour'")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The case file {@code named} by its identifier or, as the other team or a referral gives it, by its number
     * (letter case aside): 404 for none, {@code bad_request} for nothing written or a number two case files carry.
     */
    private static UUID caseFileNamed(Connection c, String named) throws SQLException {
        String name = named == null ? "" : named.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "caseFileId: a case file's identifier or number");
        }
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException notAnId) {
            // a case number, then
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM record WHERE entity_type = 'case_file'"
                + " AND deleted_at IS NULL AND upper(fields->>'number') = upper(?) LIMIT 2")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(ErrorCode.NOT_FOUND, "no such case file");
                }
                UUID id = rs.getObject(1, UUID.class);
                if (rs.next()) {
                    throw new ApiException(ErrorCode.BAD_REQUEST, "two case files carry that number: give its identifier");
                }
                return id;
            }
        }
    }

    private static String scopeOf(Connection c, UUID caseFile) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT scope FROM record WHERE id = ? AND entity_type = 'case_file' AND deleted_at IS NULL")) {
            ps.setObject(1, caseFile);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(ErrorCode.NOT_FOUND, "no such case file");
                }
                return rs.getString(1);
            }
        }
    }

    /** The ids of {@code who}'s openings of {@code scope} that have not expired; empty: none. */
    public long[] liveOpenings(Principal who, String scope) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM emergency_opening WHERE user_id = ? AND scope = ? AND expires_at > ? ORDER BY id")) {
            ps.setLong(1, who.userId());
            ps.setString(2, scope);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * The openings a team lead ({@code VIEW_AUDIT}) is told of, newest first: of her team's case files, and by the
     * members of her team.
     */
    public EmergencyWire.Openings openings(Principal who) throws SQLException {
        try (Connection c = db.connection()) {
            ActiveAccount a = ActiveAccount.of(c, who.userId());
            if (!PermissionMatrix.allows(a.roles(), "VIEW_AUDIT")) {
                throw new ApiException(ErrorCode.FORBIDDEN, "the list of emergency openings needs VIEW_AUDIT");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.id, u.username, o.user_team, o.device_id, o.case_file_id, o.scope, o.reason,
                           o.opened_at, o.expires_at, (SELECT count(*) FROM emergency_record r WHERE r.opening_id = o.id)
                    FROM emergency_opening o JOIN app_user u ON u.id = o.user_id
                    WHERE o.scope = ? OR o.user_team = ?
                    ORDER BY o.opened_at DESC, o.id DESC""" + " LIMIT " + EmergencyWire.MAX_LISTED)) {
                ps.setString(1, a.teamCode());
                ps.setString(2, a.teamCode());
                List<EmergencyWire.Opening> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EmergencyWire.Opening(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, UUID.class).toString(), rs.getString(6),
                                rs.getString(7), rs.getTimestamp(8).getTime(), rs.getTimestamp(9).getTime(),
                                rs.getInt(10)));
                    }
                }
                return new EmergencyWire.Openings(out);
            }
        }
    }
}
