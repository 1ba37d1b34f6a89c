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

    /** How the audit row of a replayed request begins its target ("replay of opening 7"): it is not a new try. */
    public static final String REPLAY = "replay of opening ";

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

    /** The answer to a request: the opening, and whether it was made before by the same request (a replay). */
    public record Granted(EmergencyWire.Opening opening, boolean replay) {
    }

    /**
     * Opens {@code req.caseFileId()} (a case file's identifier or number) for {@code who}: 403 without {@code BREAK_THE_GLASS}, 429 past
     * {@link #MAX_TRIES_PER_HOUR} tries in an hour (the audit rows of this endpoint count them, refused ones too,
     * replays not), {@code reason_required} for a reason shorter than {@link EmergencyWire#MIN_REASON} characters, 404
     * for no such case file, {@code in_scope} for a case file of a scope the user already reads. A request id the
     * user sent before answers that request's opening again (also past the limit: its answer may have been lost), or
     * {@code request_id_reused} when it came with another case file or reason.
     */
    public Granted open(Principal who, EmergencyWire.Open req) throws SQLException {
        try (Connection c = db.connection()) {
            ActiveAccount a = ActiveAccount.of(c, who.userId());
            if (!PermissionMatrix.allows(a.roles(), "BREAK_THE_GLASS")) {
                throw new ApiException(ErrorCode.FORBIDDEN, "an emergency opening needs BREAK_THE_GLASS");
            }
            UUID requestId = requestIdOf(req);
            String reason = req.reason() == null ? "" : req.reason().strip();
            if (requestId != null) {
                EmergencyWire.Opening before = madeBy(c, who, requestId, req.caseFileId(), reason);
                if (before != null) {
                    return new Granted(before, true);
                }
            }
            if (triesInTheLastHour(c, who.userId()) >= MAX_TRIES_PER_HOUR) {
                throw new ApiException(ErrorCode.TOO_MANY_ATTEMPTS,
                        "more than " + MAX_TRIES_PER_HOUR + " emergency openings tried in an hour; ask the team lead");
            }
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
                                                       opened_at, expires_at, request_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")) {
                    ps.setLong(1, who.userId());
                    ps.setString(2, a.teamCode());
                    ps.setString(3, who.deviceId());
                    ps.setObject(4, caseFile);
                    ps.setString(5, scope);
                    ps.setString(6, reason);
                    ps.setTimestamp(7, Timestamp.from(now));
                    ps.setTimestamp(8, Timestamp.from(expires));
                    ps.setObject(9, requestId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            // The same request, sent twice at once, was made by the other one meanwhile.
                            c.rollback();
                            c.setAutoCommit(true);
                            return new Granted(madeBy(c, who, requestId, req.caseFileId(), reason), true);
                        }
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
                return new Granted(new EmergencyWire.Opening(id, who.username(), a.teamCode(), who.deviceId(),
                        caseFile.toString(), scope, reason, now.toEpochMilli(), expires.toEpochMilli(), records), false);
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The request's id, null when it names none; {@code bad_request} for one that is not a UUID. */
    private static UUID requestIdOf(EmergencyWire.Open req) {
        if (req.requestId() == null) {
            return null;
        }
        try {
            return UUID.fromString(req.requestId());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "requestId: a UUID");
        }
    }

    /**
     * The opening {@code who} made with request {@code requestId}, or null for none; {@code request_id_reused} when it
     * was made for another case file (by id or number) or reason than those now sent.
     */
    private static EmergencyWire.Opening madeBy(Connection c, Principal who, UUID requestId, String named,
            String reason) throws SQLException {
        EmergencyWire.Opening o;
        try (PreparedStatement ps = c.prepareStatement(SELECT_OPENING + " WHERE o.user_id = ? AND o.request_id = ?")) {
            ps.setLong(1, who.userId());
            ps.setObject(2, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                o = opening(rs);
            }
        }
        boolean sameCaseFile;
        try {
            sameCaseFile = caseFileNamed(c, named).toString().equals(o.caseFileId());
        } catch (ApiException noSuchCaseFile) {
            sameCaseFile = false;
        }
        if (!sameCaseFile || !o.reason().equals(reason)) {
            throw new ApiException(ErrorCode.REQUEST_ID_REUSED,
                    "this request id opened another case file or with another reason; ask with a new id");
        }
        return o;
    }

    /** Openings with their user's name and how many records each lists; follow with WHERE and ORDER BY. */
    private static final String SELECT_OPENING = """
            SELECT o.id, u.username, o.user_team, o.device_id, o.case_file_id, o.scope, o.reason,
                   o.opened_at, o.expires_at, (SELECT count(*) FROM emergency_record r WHERE r.opening_id = o.id)
            FROM emergency_opening o JOIN app_user u ON u.id = o.user_id""";

    private static EmergencyWire.Opening opening(ResultSet rs) throws SQLException {
        return new EmergencyWire.Opening(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class).toString(), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).getTime(), rs.getTimestamp(9).getTime(), rs.getInt(10));
    }

    private static long triesInTheLastHour(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit WHERE user_id = ?"
                + " AND method = 'POST' AND endpoint = '/emergency' AND at > now() - interval '1 hour'"
                + " AND (target IS NULL OR target NOT LIKE '" + REPLAY + "%')")) {
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
            try (PreparedStatement ps = c.prepareStatement(SELECT_OPENING + """
                     WHERE o.scope = ? OR o.user_team = ?
                    ORDER BY o.opened_at DESC, o.id DESC""" + " LIMIT " + EmergencyWire.MAX_LISTED)) {
                ps.setString(1, a.teamCode());
                ps.setString(2, a.teamCode());
                List<EmergencyWire.Opening> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(opening(rs));
                    }
                }
                return new EmergencyWire.Openings(out);
            }
        }
    }
}
