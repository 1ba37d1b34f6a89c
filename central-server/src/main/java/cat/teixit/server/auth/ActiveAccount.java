package cat.teixit.server.auth;

import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A user's roles and team as the server holds them now, not as a session said when it opened. Immutable. */
public record ActiveAccount(List<String> roles, String teamCode) {

    /** The account of {@code userId}, read on {@code c}; unauthenticated when it is not (or no longer) active. */
    public static ActiveAccount of(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT roles, team_code FROM app_user WHERE id = ? AND active")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(ErrorCode.UNAUTHENTICATED, "no such active user");
                }
                return new ActiveAccount(List.of(rs.getString(1).split(",")), rs.getString(2));
            }
        }
    }
}
