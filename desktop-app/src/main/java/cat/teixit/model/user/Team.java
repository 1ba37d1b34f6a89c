package cat.teixit.model.user;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A team of a basic social services area (EBASP of an ABSS). Not thread-safe. */
@Entity
@Table(name = "team")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Team extends SyncedEntity {

    private String code;
    private String name;

    /** Àrea Bàsica de Serveis Socials the team belongs to. */
    private String areaName;

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
}
