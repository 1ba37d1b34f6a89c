package cat.teixit.persistence.aid;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the proactive aid scan reads of the open case files: their households' members with the facts the store
 * holds (birth date, disability, dependency grade, when they joined and left), in one query ordered by case file.
 * Every value bound. Not thread-safe (bound to one unit of work).
 */
public final class AidScanQueries {

    /** One member of an open case file's household (members who left are included with their date). */
    public record MemberFacts(UUID caseFileId, String caseNumber, String householdName, String municipality,
            String birthDate, Integer disabilityDegree, String dependencyGrade, boolean reference, String joinedOn,
            String leftOn) {
    }

    private final Jdbc jdbc;

    public AidScanQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The members of the open (or reopened) case files of {@code scopes}, of {@code professional} as reference when
     * not null, ordered by case file.
     */
    public List<MemberFacts> members(Collection<String> scopes, UUID professional) {
        List<Object> params = new ArrayList<>(scopes);
        String sql = "SELECT cf.id, cf.number, h.name, h.municipality, p.birth_date, p.disability_degree,"
                + " p.dependency_grade, hm.is_reference, hm.joined_on, hm.left_on"
                + " FROM case_file cf JOIN household h ON h.id = cf.household_id"
                + " JOIN household_member hm ON hm.household_id = h.id AND hm.deleted_at IS NULL"
                + " JOIN person p ON p.id = hm.person_id AND p.deleted_at IS NULL"
                + " WHERE cf.deleted_at IS NULL AND cf.status IN ('OPEN', 'REOPENED')"
                + " AND cf.scope IN (" + Sql.placeholders(scopes.size()) + ")";
        if (professional != null) {
            sql += " AND cf.reference_professional_id = ?";
            params.add(professional.toString());
        }
        String query = sql + " ORDER BY cf.id";
        return jdbc.jdbc(c -> Sql.list(c, query, params, rs -> new MemberFacts(UUID.fromString(rs.getString(1)),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6) == null ? null : rs.getInt(6), rs.getString(7), rs.getInt(8) == 1, rs.getString(9),
                rs.getString(10))));
    }
}
