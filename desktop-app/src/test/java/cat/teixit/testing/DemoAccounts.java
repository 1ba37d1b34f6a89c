package cat.teixit.testing;

import cat.teixit.logic.auth.AuthService;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.protocol.PasswordHasher;
import java.time.Clock;

/** The demo accounts on a real store, with a cheap hasher, and the auth service over them on {@code clock}. */
public final class DemoAccounts {

    private DemoAccounts() {
    }

    public static AuthService seed(LocalStore store, Clock clock) {
        PasswordHasher hasher = new PasswordHasher(1024, 1, 1);
        new DemoSeeder(store, hasher, DeviceIdentity.clockFor(store, clock)).seedIfEmpty();
        return new AuthService(store, hasher, clock);
    }
}
