package cat.teixit.logic.sync;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.persistence.sync.StoredPurge;
import cat.teixit.persistence.sync.StoredRejection;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.Validation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a sync could not do and the user must know: changes the server refused (with the reason) and
 * scopes removed from this workstation (with the changes that were waiting). They stay until someone
 * dismisses them: never dropped silently. Thread-safe.
 */
public final class SyncNotices {

    private static final int MAX_SHOWN = 200;
    private static final int MAX_VALUE = 60;

    /**
     * A refused change: its record, kind ({@code INSERT}, {@code PATCH}, {@code DELETE}), the server's
     * reason code (e.g. {@code forbidden_scope}) and what it changed ({@code changes}: "field: value; ...").
     */
    public record Rejection(long opId, String entityType, UUID entityId, String scope, String kind, String reason,
            Instant at, String changes) {
    }

    /** A scope removed from this workstation: when, how many records, how many changes were waiting. */
    public record Purge(long id, String scope, Instant at, int records, int pendingChanges) {
    }

    private final DesktopSyncStore sync;
    private final AccessPolicy access;
    private final ObjectMapper json = Json.strictMapper();

    public SyncNotices(DesktopSyncStore sync, AccessPolicy access) {
        this.sync = sync;
        this.access = access;
    }

    /** The refusals not yet dismissed; none for someone who may not see case files (they hold their values). */
    public List<Rejection> rejections(CurrentUser user) {
        if (!access.allows(user, Permission.VIEW_CASE_FILES)) {
            return List.of();
        }
        List<Rejection> out = new ArrayList<>();
        for (StoredRejection r : sync.rejections(MAX_SHOWN)) {
            out.add(new Rejection(r.opId(), r.entityType(), r.entityId(), r.scope(), r.kind(), r.reason(),
                    Instant.ofEpochMilli(r.rejectedAt()), changes(r.kind(), r.payloadJson())));
        }
        return out;
    }

    /** The user has seen a refusal; it leaves the list (the record of it stays). */
    public void dismissRejection(CurrentUser user, long opId) {
        access.require(user, Permission.SYNC);
        sync.dismissRejection(opId, user.id().toString());
    }

    public List<Purge> purges(CurrentUser user) {
        access.require(user, Permission.SYNC);
        List<Purge> out = new ArrayList<>();
        for (StoredPurge p : sync.purges(MAX_SHOWN)) {
            out.add(new Purge(p.id(), p.scope(), Instant.ofEpochMilli(p.purgedAt()), p.records(),
                    tree(p.pendingOpsJson()).size()));
        }
        return out;
    }

    public void dismissPurge(CurrentUser user, long id) {
        access.require(user, Permission.SYNC);
        sync.dismissPurge(id, user.id().toString());
    }

    private String changes(String kind, String payload) {
        if ("DELETE".equals(kind)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        tree(payload).fields().forEachRemaining(e -> {
            if (!Validation.RESERVED_FIELDS.contains(e.getKey())) {
                String v = e.getValue().isNull() ? "" : e.getValue().asText();
                if (v.length() > MAX_VALUE) {
                    v = v.substring(0, MAX_VALUE) + "…";
                }
                b.append(b.isEmpty() ? "" : "; ").append(e.getKey()).append(": ").append(v);
            }
        });
        return b.toString();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
