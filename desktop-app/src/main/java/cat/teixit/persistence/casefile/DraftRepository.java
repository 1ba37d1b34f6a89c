package cat.teixit.persistence.casefile;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Drafts of long texts, one per user and key; local only, never synced. Not thread-safe (bound to one unit of work). */
public final class DraftRepository {

    private final Jdbc jdbc;

    /** The drafts on {@code jdbc}'s unit of work (made by the store's unit of work). */
    public DraftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves (or replaces) a draft text of a user, written at {@code at} (epoch ms). */
    public void save(UUID userId, String key, String text, long at) {
        jdbc.jdbc(c -> Sql.update(c, "INSERT INTO draft (draft_key, user_id, text, updated_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (user_id, draft_key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                key, userId.toString(), text, at));
    }

    public Optional<String> find(UUID userId, String key) {
        return Optional.ofNullable(jdbc.jdbc(c -> Sql.first(c, "SELECT text FROM draft WHERE user_id = ? AND draft_key = ?",
                List.of(userId.toString(), key), rs -> rs.getString(1))));
    }

    public void delete(UUID userId, String key) {
        jdbc.jdbc(c -> Sql.update(c, "DELETE FROM draft WHERE user_id = ? AND draft_key = ?", userId.toString(), key));
    }
}
