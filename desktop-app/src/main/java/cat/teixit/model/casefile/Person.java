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

/** A person we serve (persona usuària). People without documents are first-class. Not thread-safe. */
@Entity
@Table(name = "person")
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

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getSurname1() {
        return surname1;
    }

    public void setSurname1(String surname1) {
        this.surname1 = surname1;
    }

    public String getSurname2() {
        return surname2;
    }

    public void setSurname2(String surname2) {
        this.surname2 = surname2;
    }

    public IdDocumentType getIdDocType() {
        return idDocType;
    }

    public void setIdDocType(IdDocumentType idDocType) {
        this.idDocType = idDocType;
    }

    public String getIdDocNumber() {
        return idDocNumber;
    }

    public void setIdDocNumber(String idDocNumber) {
        this.idDocNumber = idDocNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public void setMotherTongue(String motherTongue) {
        this.motherTongue = motherTongue;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getHealthCard() {
        return healthCard;
    }

    public void setHealthCard(String healthCard) {
        this.healthCard = healthCard;
    }

    public Integer getDisabilityDegree() {
        return disabilityDegree;
    }

    public void setDisabilityDegree(Integer disabilityDegree) {
        this.disabilityDegree = disabilityDegree;
    }

    public String getDependencyGrade() {
        return dependencyGrade;
    }

    public void setDependencyGrade(String dependencyGrade) {
        this.dependencyGrade = dependencyGrade;
    }

    public String getCivilStatus() {
        return civilStatus;
    }

    public void setCivilStatus(String civilStatus) {
        this.civilStatus = civilStatus;
    }

    public String getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(String educationLevel) {
        this.educationLevel = educationLevel;
    }

    public String getEmployment() {
        return employment;
    }

    public void setEmployment(String employment) {
        this.employment = employment;
    }

    public String getIncomeNotes() {
        return incomeNotes;
    }

    public void setIncomeNotes(String incomeNotes) {
        this.incomeNotes = incomeNotes;
    }

    public UUID getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(UUID mergedInto) {
        this.mergedInto = mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(UUID createdBy) {
        this.createdBy = createdBy;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
