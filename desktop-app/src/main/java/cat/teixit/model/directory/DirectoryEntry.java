package cat.teixit.model.directory;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * One service or resource of the territory in the council's resource directory (a food bank, a job centre, a
 * women's information point): who provides it, who it is for, where, when and how to reach it. Synced field by
 * field in the council-wide scope {@link #SCOPE}; deactivated rather than deleted. Not thread-safe.
 */
@Entity
@Table(name = "directory_entry")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DirectoryEntry extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "directory_entry";
    /** The council-wide scope the directory lives in: every user reads it (see docs/directory.md). */
    public static final String SCOPE = cat.teixit.sync.protocol.DirectoryScope.NAME;

    private String name;
    private String administration;
    private String category;
    private String audience;
    private String requirements;
    private String address;
    private String municipality;
    private String openingHours;
    private String phone;
    private String email;
    private String web;
    private Double latitude;
    private Double longitude;
    private boolean active;

    public DirectoryEntry(UUID id) {
        super(id, SCOPE);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
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

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
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

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
