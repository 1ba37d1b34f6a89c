-- Foundation: this device, teams, users and the sync outbox.
-- Every synced table carries: id (UUIDv7 text), scope, server_version, updated_at (HLC text),
-- deleted_at (tombstone, epoch ms), row_version (local optimistic lock). See docs/sync-protocol.md.

CREATE TABLE device (
    id          TEXT    NOT NULL PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    hlc_wall    INTEGER NOT NULL DEFAULT 0,
    hlc_counter INTEGER NOT NULL DEFAULT 0,
    demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1))
) STRICT;

CREATE TABLE team (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    code           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    area_name      TEXT    NOT NULL
) STRICT;

CREATE TABLE app_user (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    username       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name   TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    roles          TEXT    NOT NULL,
    team_id        TEXT    NOT NULL REFERENCES team (id),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE INDEX app_user_team ON app_user (team_id);

-- op_id only grows on this device: AUTOINCREMENT never reuses a value, even after pushed rows are deleted.
CREATE TABLE outbox (
    op_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id    TEXT    NOT NULL,
    tx_id        TEXT    NOT NULL,
    entity_type  TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('INSERT', 'PATCH', 'DELETE')),
    payload      TEXT    NOT NULL,
    base_version INTEGER,
    hlc          TEXT    NOT NULL,
    scope        TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX outbox_entity ON outbox (entity_type, entity_id);
