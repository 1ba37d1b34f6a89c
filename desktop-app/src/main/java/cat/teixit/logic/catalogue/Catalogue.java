package cat.teixit.logic.catalogue;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * The code catalogues Teixit uses. Codes are data (a versioned table seeded from bundled files and
 * later updated by sync), never enums; this only names the lists.
 */
@RequiredArgsConstructor
@Accessors(fluent = true)
public enum Catalogue {
    RELATIONSHIP("relationship"),
    HOUSING_TENURE("housing_tenure"),
    CLOSING_REASON("closing_reason"),
    CASE_ORIGIN("case_origin"),
    RISK_LEVEL("risk_level"),
    CIVIL_STATUS("civil_status"),
    DEPENDENCY_GRADE("dependency_grade"),
    EDUCATION_LEVEL("education_level"),
    COUNTRY("country"),
    MUNICIPALITY("municipality"),
    LANGUAGE("language"),
    EMPLOYMENT("employment"),
    RESOURCE_TYPE("resource_type"),
    DEMAND_AREA("demand_area"),
    PROBLEM_CATEGORY("problem_category");

    /** The catalogue's name in the table and in its bundled file. */
    @Getter
    private final String id;

}
