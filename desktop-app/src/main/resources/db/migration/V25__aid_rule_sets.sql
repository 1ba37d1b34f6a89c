-- The aid simulator's rule sets loaded by the council (issue 15: "a new year's figures are a data file, loadable in
-- the app and synced from the centre"). One row per rule file (e.g. rgc-2027.properties): its text, checked like the
-- bundled ones before it is kept. Synced like every other record from this first migration, in the council-wide
-- scope DIRECTORI that every user reads and only users whose roles grant EDIT_AID_RULES write (the server decides).
CREATE TABLE aid_rule_set (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    file_name      TEXT    NOT NULL CHECK (length(file_name) BETWEEN 12 AND 80),
    content        TEXT    NOT NULL CHECK (length(content) BETWEEN 1 AND 65536),
    loaded_at      INTEGER NOT NULL,
    author_id      TEXT    NOT NULL
) STRICT;

CREATE INDEX aid_rule_set_name ON aid_rule_set (file_name) WHERE deleted_at IS NULL;
