-- Synchronisation with the central system (docs/sync-protocol.md): what the workstation keeps beside
-- its records to sync, to resume after any failure and to show the user what the server refused or
-- what clashed. Local only: none of these tables is synced.

-- The values a patch replaced (its changed fields before the change): the "base" a conflict shows.
ALTER TABLE outbox ADD COLUMN before_fields TEXT;

-- Where the last complete pull of each scope ended. A scope appears here once data came from the server.
CREATE TABLE sync_cursor (
    scope      TEXT    NOT NULL PRIMARY KEY,
    cursor     TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

-- The same field changed here and elsewhere: kept until the user resolves it, then kept as history.
CREATE TABLE sync_conflict (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id            INTEGER NOT NULL UNIQUE,
    tx_id            TEXT    NOT NULL,
    entity_type      TEXT    NOT NULL,
    entity_id        TEXT    NOT NULL,
    scope            TEXT    NOT NULL,
    op_kind          TEXT    NOT NULL CHECK (op_kind IN ('INSERT', 'PATCH', 'DELETE')),
    conflict_kind    TEXT    NOT NULL CHECK (conflict_kind IN ('FIELDS', 'DELETED_ON_SERVER', 'EDITED_ON_SERVER')),
    mine             TEXT    NOT NULL,
    base             TEXT,
    detail           TEXT    NOT NULL,
    server_version   INTEGER NOT NULL,
    theirs_by        TEXT,
    theirs_at        INTEGER,
    detected_at      INTEGER NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED', 'OBSOLETE')),
    resolved_at      INTEGER,
    resolved_by      TEXT,
    resolution       TEXT,
    resolution_op_id INTEGER
) STRICT;

CREATE INDEX sync_conflict_status ON sync_conflict (status, id);
CREATE INDEX sync_conflict_entity ON sync_conflict (entity_id);

-- Changes the server refused for good: shown until the user dismisses them, never dropped silently.
CREATE TABLE sync_rejection (
    op_id        INTEGER NOT NULL PRIMARY KEY,
    tx_id        TEXT    NOT NULL,
    entity_type  TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    scope        TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('INSERT', 'PATCH', 'DELETE')),
    payload      TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    rejected_at  INTEGER NOT NULL,
    dismissed_at INTEGER,
    dismissed_by TEXT
) STRICT;

-- Attachments to send before the changes that reference them.
CREATE TABLE sync_blob_upload (
    scope         TEXT    NOT NULL,
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    size_bytes    INTEGER NOT NULL CHECK (size_bytes >= 0),
    state         TEXT    NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'UPLOADED', 'FAILED')),
    reason        TEXT,
    registered_at INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (scope, sha256)
) STRICT;

-- A scope the user no longer holds was removed from this workstation: what went, which edits were waiting.
CREATE TABLE sync_purge (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    scope        TEXT    NOT NULL,
    purged_at    INTEGER NOT NULL,
    records      INTEGER NOT NULL,
    pending_ops  TEXT    NOT NULL,
    dismissed_at INTEGER,
    dismissed_by TEXT
) STRICT;

-- Pulled records that cannot be stored yet (a parent not arrived, a value this schema refuses):
-- kept whole and tried again at every pull of their scope, so nothing pulled is lost.
CREATE TABLE sync_parked (
    id          TEXT    NOT NULL PRIMARY KEY,
    entity_type TEXT    NOT NULL,
    scope       TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    record      TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    parked_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX sync_parked_scope ON sync_parked (scope);

-- How the last syncs went (one row).
CREATE TABLE sync_state (
    one             INTEGER NOT NULL PRIMARY KEY CHECK (one = 1),
    last_attempt_at INTEGER,
    last_success_at INTEGER,
    last_outcome    TEXT,
    last_report     TEXT
) STRICT;
