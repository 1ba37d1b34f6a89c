-- The resource directory (issue 15): the council's catalogue of services and resources of the territory, synced
-- like every other record from this first migration (UUIDv7 id, scope, server version, HLC, tombstone). Its
-- scope is the council-wide one, DIRECTORI: every user reads it, only users whose roles grant EDIT_DIRECTORY
-- write it (the central server decides both). An entry is deactivated (active = 0), not deleted, so that a
-- referral or a printed sheet that named it can still be traced.
CREATE TABLE directory_entry (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    name           TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
    administration TEXT,
    category       TEXT    NOT NULL CHECK (length(category) BETWEEN 1 AND 40),
    audience       TEXT,
    requirements   TEXT,
    address        TEXT,
    municipality   TEXT,
    opening_hours  TEXT,
    phone          TEXT,
    email          TEXT,
    web            TEXT,
    latitude       REAL    CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude      REAL    CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     INTEGER NOT NULL
) STRICT;

-- Offline search: accent- and case-insensitive, by prefix ("formacio" finds "Formació", "ocup" finds
-- "Ocupació"), kept by triggers like the person index. Only active, live entries are indexed.
CREATE VIRTUAL TABLE directory_fts USING fts5(
    name, about, place,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER directory_fts_insert AFTER INSERT ON directory_entry
WHEN new.deleted_at IS NULL AND new.active = 1
BEGIN
    INSERT INTO directory_fts (rowid, name, about, place) VALUES (
        new.rowid,
        replace(new.name, '·', ''),
        replace(coalesce(new.administration, '') || ' ' || new.category || ' ' || coalesce(new.audience, '')
            || ' ' || coalesce(new.requirements, ''), '·', ''),
        replace(coalesce(new.address, '') || ' ' || coalesce(new.municipality, ''), '·', ''));
END;

CREATE TRIGGER directory_fts_update AFTER UPDATE ON directory_entry
BEGIN
    DELETE FROM directory_fts WHERE rowid = old.rowid;
    INSERT INTO directory_fts (rowid, name, about, place)
    SELECT new.rowid,
        replace(new.name, '·', ''),
        replace(coalesce(new.administration, '') || ' ' || new.category || ' ' || coalesce(new.audience, '')
            || ' ' || coalesce(new.requirements, ''), '·', ''),
        replace(coalesce(new.address, '') || ' ' || coalesce(new.municipality, ''), '·', '')
    WHERE new.deleted_at IS NULL AND new.active = 1;
END;

CREATE TRIGGER directory_fts_delete AFTER DELETE ON directory_entry
BEGIN
    DELETE FROM directory_fts WHERE rowid = old.rowid;
END;

CREATE INDEX directory_entry_name ON directory_entry (name);
