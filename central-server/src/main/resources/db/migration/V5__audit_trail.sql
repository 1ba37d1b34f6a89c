-- The workstations' audit trails as received (docs/decisions/0026-audit-trail.md, docs/sync-protocol.md §10): one
-- chain of entries per device, each carrying the hash of the one before. The server checks each entry on receipt
-- against the last one it holds of the device; what does not fit (a gap, an edited entry, an entry out of its
-- place) is stored as a finding, never silently accepted. Entries are never updated or deleted.
CREATE TABLE audit_trail_entry (
    device_id    text        NOT NULL,
    seq          bigint      NOT NULL CHECK (seq >= 1),
    at           bigint      NOT NULL,
    user_id      text,
    user_name    text,
    action       text        NOT NULL,
    entity_type  text,
    entity_id    text,
    case_file_id text,
    detail       text,
    prev_hash    text        NOT NULL,
    hash         text        NOT NULL,
    -- who uploaded it (the session's user) and that user's team: a team lead reads the entries of their team
    uploaded_by  bigint      NOT NULL REFERENCES app_user (id),
    team_code    text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    -- the problem found at this entry on receipt (GAP, EDITED, BROKEN_LINK, REORDERED), or null
    problem      text,
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX audit_trail_entry_case_file ON audit_trail_entry (team_code, case_file_id, at) WHERE case_file_id IS NOT NULL;
CREATE INDEX audit_trail_entry_user ON audit_trail_entry (team_code, user_name, at);

CREATE TABLE audit_trail_finding (
    id            bigserial   PRIMARY KEY,
    device_id     text        NOT NULL,
    seq           bigint      NOT NULL,
    problem       text        NOT NULL,
    received_hash text        NOT NULL,
    team_code     text        NOT NULL,
    found_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_trail_finding_team ON audit_trail_finding (team_code, found_at);
CREATE INDEX audit_trail_finding_device ON audit_trail_finding (device_id);

CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit trail entries and findings are append-only';
END;
$$;
CREATE TRIGGER audit_trail_entry_append_only BEFORE UPDATE OR DELETE ON audit_trail_entry
    FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
CREATE TRIGGER audit_trail_finding_append_only BEFORE UPDATE OR DELETE ON audit_trail_finding
    FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
