package cat.teixit.logic.demo;

import cat.teixit.testing.TestKeys;
import cat.teixit.app.Stores;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/** A workstation on a temporary store filled by {@link SyntheticArea}, for tests. */
public final class GeneratedStore {

    /** The day the generated histories of tests end (the day before). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
    /** A verifier of the demo password with cheap Argon2 parameters, the same in every test store. */
    public static final String VERIFIER = new PasswordHasher(1024, 1, 1).hash(DemoSeeder.DEMO_PASSWORD.toCharArray());

    private GeneratedStore() {
    }

    /** Opens a workstation on {@code dir} and generates the area of {@code options} into it. */
    public static Workstation generate(Path dir, SyntheticArea.Options options) throws Exception {
        Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, false);
        try {
            SyntheticArea.generate(Stores.of(w), options, VERIFIER, SyntheticArea.Progress.NONE);
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    public static CurrentUser login(Workstation w, String username) {
        return ((LoginResult.Success) w.auth().login(username, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    /** A plain connection to the store file of {@code dir} (for checks across tables). */
    public static Connection sql(Path dir) throws SQLException {
        return TestKeys.connect(dir.resolve("teixit.db"));
    }
}
