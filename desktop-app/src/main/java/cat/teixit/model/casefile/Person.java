package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A person we serve (persona usuària). People without documents are first-class. Not thread-safe. */
@Entity
@Table(name = "person")
@Getter
@Setter
public class Person extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "person";

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "surname1")
    private String surname1;

    @Column(name = "surname2")
    private String surname2;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_doc_type", nullable = false)
    private IdDocumentType idDocType;

    @Column(name = "id_doc_number")
    private String idDocNumber;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;

    @Column(name = "nationality")
    private String nationality;

    @Column(name = "mother_tongue")
    private String motherTongue;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Column(name = "address")
    private String address;

    @Column(name = "municipality")
    private String municipality;

    @Column(name = "district")
    private String district;

    @Column(name = "health_card")
    private String healthCard;

    @Column(name = "disability_degree")
    private Integer disabilityDegree;

    @Column(name = "dependency_grade")
    private String dependencyGrade;

    @Column(name = "civil_status")
    private String civilStatus;

    @Column(name = "education_level")
    private String educationLevel;

    @Column(name = "employment")
    private String employment;

    @Column(name = "income_notes")
    private String incomeNotes;

    @Column(name = "merged_into", length = 36)
    private UUID mergedInto;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 36, updatable = false)
    private UUID createdBy;

    protected Person() {
    }

    public Person(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
