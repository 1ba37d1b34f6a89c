package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.persistence.LocalStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Drafts of long texts (intervention notes, reports), saved locally as they are typed so that a
 * crash or a closed window never loses a word. Local only, never synced. Thread-safe.
 */
public final class DraftService {

    private final LocalStore store;
    private final Clock clock;

    public DraftService(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void save(CurrentUser user, String key, String text) {
        if (text == null || text.isBlank()) {
            discard(user, key);
            return;
        }
        store.write(tx -> {
            tx.drafts().save(user.id(), key, text, clock.millis());
            return null;
        });
    }

    public Optional<String> load(CurrentUser user, String key) {
        return store.read(tx -> tx.drafts().find(user.id(), key));
    }

    public void discard(CurrentUser user, String key) {
        store.write(tx -> {
            tx.drafts().delete(user.id(), key);
            return null;
        });
    }
}
