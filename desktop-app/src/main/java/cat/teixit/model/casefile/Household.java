package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The people living together (unitat de convivència) and their housing. Not thread-safe. */
@Entity
@Table(name = "household")
public class Household extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "household";

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address")
    private String address;

    @Column(name = "municipality")
    private String municipality;

    @Column(name = "district")
    private String district;

    @Column(name = "housing_tenure")
    private String housingTenure;

    @Column(name = "housing_notes")
    private String housingNotes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Household() {
    }

    public Household(UUID id, String scope) {
        super(id, scope);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getHousingTenure() {
        return housingTenure;
    }

    public void setHousingTenure(String housingTenure) {
        this.housingTenure = housingTenure;
    }

    public String getHousingNotes() {
        return housingNotes;
    }

    public void setHousingNotes(String housingNotes) {
        this.housingNotes = housingNotes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
