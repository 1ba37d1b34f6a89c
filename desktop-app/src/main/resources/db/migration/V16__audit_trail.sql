-- The workstation's audit trail (docs/decisions/0026-audit-trail.md): who opened, printed, exported, changed or signed
-- what, and every login and failed login, from this device. Append-only and hash-chained: each entry carries the
-- hash of the one before it (prev_hash) and its own (hash, SHA-256 over AuditChain.canonical). It is not a synced
-- entity (no outbox, no version, no tombstone): its entries are uploaded as they are, once, in seq order.
CREATE TABLE audit_entry (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id    TEXT    NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    at           INTEGER NOT NULL,
    user_id      TEXT,
    user_name    TEXT,
    action       TEXT    NOT NULL,
    entity_type  TEXT,
    entity_id    TEXT,
    case_file_id TEXT,
    detail       TEXT,
    prev_hash    TEXT    NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT    NOT NULL CHECK (length(hash) = 64),
    UNIQUE (device_id, seq)
) STRICT;

CREATE INDEX audit_entry_case_file ON audit_entry (case_file_id, at) WHERE case_file_id IS NOT NULL;
CREATE INDEX audit_entry_user ON audit_entry (user_id, at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

-- How far the server acknowledged this device's trail (the next upload starts after it). Updated, so kept apart.
CREATE TABLE audit_upload (
    device_id  TEXT    PRIMARY KEY,
    acked_seq  INTEGER NOT NULL DEFAULT 0
) STRICT;
