package cat.teixit.app;

import cat.teixit.logic.sync.SyncService;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.StoreKey;
import cat.teixit.sync.client.SyncAuthException;
import cat.teixit.sync.client.SyncLockedOutException;
import cat.teixit.sync.client.SyncNetworkException;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.persistence.SettingsFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The laptop's data key kept through the central server (docs/decisions/0046-key-escrow.md), so that a password
 * reset there opens the laptop's data at the next sign-in, while connected. After a sync, a signed-in user who has
 * no copy of the key for the server's secret gets one: a random secret is given to the server, for this user and
 * device, and the key is wrapped under it in the key ring. Before the store is open, a password that does not
 * unwrap the user's key is sent to the server, which gives the secret back only if it is the user's current one.
 * Thread-safe (each step is one call; the key ring is synchronised).
 */
public final class KeyEscrow {

    private static final Logger LOG = LoggerFactory.getLogger(KeyEscrow.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyEscrow() {
    }

    /**
     * After a sync of {@code username}'s session: gives the server a secret and keeps a copy of {@code key} under it,
     * unless the user already has one for this device. A server that does not answer is asked after a later sync.
     */
    static void keep(KeyRing ring, StoreKey key, SyncService sync, String deviceId, String username) {
        if (ring.escrowDevice(username).filter(deviceId::equals).isPresent()) {
            return;
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String kept = sync.depositEscrow(secret);
        if (kept != null && DataKeys.normal(kept).equals(DataKeys.normal(username))) {
            ring.keepEscrow(username, deviceId, secret, key);
            LOG.info("This laptop's key can now be opened through the central server after a password reset");
        }
    }

    /** Why the server gave no key back for a password that did not open the data here. */
    public enum Refusal {
        /** No copy for the server's secret here, no server set, or the server keeps no secret for the user. */
        NONE,
        /** The server refused the password too (or the device). */
        REFUSED,
        /** Too many wrong passwords: the server asks to wait. */
        LOCKED_OUT,
        /** The server could not be reached. */
        UNREACHABLE
    }

    /** The key, or why there is none. */
    public record Recovered(StoreKey key, Refusal refusal) {
    }

    /**
     * The store key of {@code dataDir} for {@code username} through the server, when {@code password} did not unwrap
     * theirs here: the server checks it is their current password and gives back the secret, whose copy of the key
     * is then wrapped under the new password (the old one no longer opens anything). One try, short timeouts: the
     * login screen waits for it.
     */
    public static Recovered recover(Path dataDir, KeyRing ring, String username, char[] password) {
        Optional<String> device = ring.escrowDevice(username);
        SyncSettings settings = SyncSettings.from(new Preferences(new SettingsFile(dataDir)));
        if (device.isEmpty() || settings.serverUrl() == null) {
            return new Recovered(null, Refusal.NONE);
        }
        TransportConfig config = TransportConfig.defaults(settings.serverUrl(), device.get(), settings.allowPlainHttp())
                .withRetries(1, Duration.ofMillis(100), Duration.ofMillis(100))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15));
        if (settings.trust() != null) {
            config = config.withTrustManager(settings.trust());
        }
        HttpSyncTransport transport = new HttpSyncTransport(config, () -> null);
        try {
            Optional<String> secret = transport.releaseEscrow(username, password);
            Optional<StoreKey> key = secret.flatMap(s -> ring.unwrapEscrow(username, s));
            if (key.isEmpty()) {
                return new Recovered(null, Refusal.NONE);
            }
            ring.grant(username, password, key.get());
            LOG.info("A password reset on the central server opened this laptop's data; the key is wrapped under it");
            return new Recovered(key.get(), null);
        } catch (SyncLockedOutException e) {
            return new Recovered(null, Refusal.LOCKED_OUT);
        } catch (SyncAuthException e) {
            // A wrong password, or a revoked device (which the server answers the same way to everyone).
            return new Recovered(null, Refusal.REFUSED);
        } catch (SyncNetworkException e) {
            LOG.info("The central server could not be reached to open the data with a new password");
            return new Recovered(null, Refusal.UNREACHABLE);
        } catch (RuntimeException e) {
            LOG.warn("The central server's answer for a new password could not be used ({})",
                    e.getClass().getSimpleName());
            return new Recovered(null, Refusal.UNREACHABLE);
        } finally {
            transport.close();
        }
    }
}
