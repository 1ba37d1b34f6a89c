package cat.teixit.model.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * This installation's identity and clock state: one row. The device id is part of every HLC and
 * outbox op. Not thread-safe.
 */
@Entity
@Table(name = "device")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Device {

    @Id
    @Column(updatable = false)
    private String id;

    private Instant createdAt;

    /** Last HLC wall-clock value issued, so the clock never goes back after a restart. */
    private long hlcWall;

    private int hlcCounter;

    /** True when the store holds the fictitious demo area. */
    @Setter
    private boolean demo;

    /**
     * This device's secret, sent only at login: the central server binds the device id to it
     * (docs/decisions/0013-device-keys.md). Never logged or shown.
     */
    private String deviceKey;

    /** The user who last logged in here (null before the first login). */
    private String lastUserId;

    public Device(String id, Instant createdAt, String deviceKey) {
        this.id = id;
        this.createdAt = createdAt;
        this.deviceKey = deviceKey;
    }

    public void setHlc(long wall, int counter) {
        this.hlcWall = wall;
        this.hlcCounter = counter;
    }
}
