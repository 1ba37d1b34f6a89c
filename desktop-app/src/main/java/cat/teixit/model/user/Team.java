package cat.teixit.model.user;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.Getter;

/** A team of a basic social services area (EBASP of an ABSS). Not thread-safe. */
@Entity
@Table(name = "team")
@Getter
public class Team extends SyncedEntity {

    @Column(name = "code", nullable = false, unique = true)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    /** Àrea Bàsica de Serveis Socials the team belongs to. */
    @Column(name = "area_name", nullable = false)
    private String areaName;

    protected Team() {
    }

    public Team(UUID id, String code, String name, String areaName) {
        super(id, code);
        this.code = code;
        this.name = name;
        this.areaName = areaName;
    }

    /** The names the central system gives the team (its code never changes). */
    public void rename(String newName, String newAreaName) {
        this.name = newName;
        this.areaName = newAreaName;
    }

    @Override
    public String entityType() {
        return "team";
    }
}
