package cat.teixit.model.casefile;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A person we serve (persona usuària). People without documents are first-class. Not thread-safe. */
@Entity
@Table(name = "person")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Person extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "person";

    private String givenName;
    private String surname1;
    private String surname2;

    @Enumerated(EnumType.STRING)
    private IdDocumentType idDocType;

    private String idDocNumber;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String nationality;
    private String motherTongue;
    private String phone;
    private String email;
    private String address;
    private String municipality;
    private String district;
    private String healthCard;
    private Integer disabilityDegree;
    private String dependencyGrade;
    private String civilStatus;
    private String educationLevel;
    private String employment;
    private String incomeNotes;
    private UUID mergedInto;

    @Column(updatable = false)
    private UUID createdBy;

    public Person(UUID id, String scope) {
        super(id, scope);
    }
}
