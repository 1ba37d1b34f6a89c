-- Central sync store. See docs/sync-protocol.md.

CREATE TABLE team (
    code       text        PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    name       text        NOT NULL,
    area_name  text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id            bigserial   PRIMARY KEY,
    username      text        NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    roles         text        NOT NULL,
    team_code     text        NOT NULL REFERENCES team (code),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- What a user may hold: read (pull, download) or also write (push, upload). A read grant is no write permission.
CREATE TABLE user_scope (
    user_id   bigint  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    scope     text    NOT NULL,
    can_write boolean NOT NULL,
    PRIMARY KEY (user_id, scope)
);

-- A device's last applied op id: read FOR UPDATE and advanced in the same transaction as the changes.
CREATE TABLE device (
    id           text        PRIMARY KEY,
    last_op_id   bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);

-- Tokens are stored as SHA-256 hashes only.
CREATE TABLE auth_session (
    id                 bigserial   PRIMARY KEY,
    user_id            bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    device_id          text        NOT NULL,
    access_hash        bytea       NOT NULL UNIQUE,
    access_expires_at  timestamptz NOT NULL,
    refresh_hash       bytea       NOT NULL UNIQUE,
    refresh_expires_at timestamptz NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    revoked_at         timestamptz
);

-- Generic record store: fields as JSON, and per field the version, device, user and time of its last change
-- (key "~deleted" for the tombstone), so that concurrent changes to different fields merge.
CREATE TABLE record (
    id          uuid        PRIMARY KEY,
    entity_type text        NOT NULL,
    scope       text        NOT NULL,
    version     bigint      NOT NULL,
    fields      jsonb       NOT NULL,
    field_meta  jsonb       NOT NULL,
    deleted_at  timestamptz,
    hlc         text        NOT NULL,
    created_by  bigint      NOT NULL REFERENCES app_user (id),
    updated_by  bigint      NOT NULL REFERENCES app_user (id),
    updated_at  timestamptz NOT NULL
);

CREATE INDEX record_scope ON record (scope, entity_type);

-- Change log. xid is the writing transaction's id (pg_current_xact_id()); a pull serves only rows whose xid is
-- below the oldest running transaction (pg_snapshot_xmin), ordered by (xid, seq), so no row can commit later
-- below a cursor already handed out.
CREATE SEQUENCE change_seq;

CREATE TABLE change (
    scope     text   NOT NULL,
    xid       bigint NOT NULL,
    seq       bigint NOT NULL DEFAULT nextval('change_seq'),
    record_id uuid   NOT NULL REFERENCES record (id),
    version   bigint NOT NULL,
    device_id text,
    op_id     bigint,
    PRIMARY KEY (scope, xid, seq)
);

-- One row per (device, op id) ever answered, with the first answer, so a replay gets the same answer.
CREATE TABLE applied_op (
    device_id  text        NOT NULL,
    op_id      bigint      NOT NULL,
    tx_id      uuid        NOT NULL,
    entity_id  uuid        NOT NULL,
    status     text        NOT NULL,
    result     jsonb       NOT NULL,
    user_id    bigint      NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, op_id)
);

-- Content-addressed attachments, per scope, uploaded in chunks.
CREATE TABLE blob (
    scope        text        NOT NULL,
    sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size         bigint      NOT NULL,
    committed    boolean     NOT NULL DEFAULT false,
    created_by   bigint      NOT NULL REFERENCES app_user (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    committed_at timestamptz,
    PRIMARY KEY (scope, sha256)
);

CREATE TABLE blob_chunk (
    scope  text    NOT NULL,
    sha256 text    NOT NULL,
    idx    integer NOT NULL,
    data   bytea   NOT NULL,
    PRIMARY KEY (scope, sha256, idx),
    FOREIGN KEY (scope, sha256) REFERENCES blob (scope, sha256) ON DELETE CASCADE
);

-- One row per API request: who, from which device, what, the answer and counts. Never field values.
CREATE TABLE audit (
    id          bigserial   PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    user_id     bigint,
    device_id   text,
    method      text        NOT NULL,
    endpoint    text        NOT NULL,
    status      integer     NOT NULL,
    op_count    integer     NOT NULL DEFAULT 0,
    record_count integer    NOT NULL DEFAULT 0,
    byte_count  bigint      NOT NULL DEFAULT 0,
    duration_ms integer     NOT NULL
);

CREATE INDEX audit_at ON audit (at);
