package cat.teixit.persistence.documents;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case files documents are made for, found by number or as a team's open ones (batch letters). Plain
 * parameterised SQL. Not thread-safe (bound to one unit of work).
 */
public final class DocumentCaseQueries {

    /** A case file: its id and number. */
    public record CaseRef(UUID id, String number) {
    }

    private final Jdbc jdbc;

    public DocumentCaseQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The case file numbered {@code number} in {@code scope}, if any. */
    public Optional<CaseRef> byNumber(String scope, String number) {
        return Optional.ofNullable(jdbc.jdbc(c -> Sql.first(c, "SELECT id, number FROM case_file WHERE scope = ?"
                + " AND number = ? AND deleted_at IS NULL", List.of(scope, number),
                rs -> new CaseRef(UUID.fromString(rs.getString(1)), rs.getString(2)))));
    }

    /** The open (or reopened) case files of {@code scope}, by number. */
    public List<CaseRef> open(String scope) {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT id, number FROM case_file WHERE scope = ? AND status <> 'CLOSED'"
                + " AND deleted_at IS NULL ORDER BY number", List.of(scope),
                rs -> new CaseRef(UUID.fromString(rs.getString(1)), rs.getString(2))));
    }
}
