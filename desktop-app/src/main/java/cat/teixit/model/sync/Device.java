package cat.teixit.model.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/**
 * This installation's identity and clock state: one row. The device id is part of every HLC and
 * outbox op. Not thread-safe.
 */
@Entity
@Table(name = "device")
@Getter
public class Device {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private String id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Last HLC wall-clock value issued, so the clock never goes back after a restart. */
    @Column(name = "hlc_wall", nullable = false)
    private long hlcWall;

    @Column(name = "hlc_counter", nullable = false)
    private int hlcCounter;

    /** True when the store holds the fictitious demo area. */
    @Setter
    @Column(name = "demo", nullable = false)
    private boolean demo;

    /**
     * This device's secret, sent only at login: the central server binds the device id to it
     * (docs/decisions/0013-device-keys.md). Never logged or shown.
     */
    @Column(name = "device_key")
    private String deviceKey;

    /** The user who last logged in here (null before the first login). */
    @Column(name = "last_user_id")
    private String lastUserId;

    protected Device() {
    }

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
