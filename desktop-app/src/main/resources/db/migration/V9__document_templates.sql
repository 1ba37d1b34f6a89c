-- Document templates a team lead wrote or changed (the built-in ones are resources of the application).
-- Append-only and synced: saving a template adds a row with the next version for its (scope, template_key,
-- language); the newest row is the one in use and earlier ones stay, so a version can be looked at again and two
-- leads editing offline never conflict (the later version wins by version, then by hybrid clock).
CREATE TABLE document_template (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    template_key   TEXT    NOT NULL CHECK (length(template_key) BETWEEN 1 AND 60),
    language       TEXT    NOT NULL CHECK (language IN ('ca', 'es', 'en')),
    title          TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    author_id      TEXT    NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;

CREATE INDEX document_template_key ON document_template (scope, template_key, language, version);
