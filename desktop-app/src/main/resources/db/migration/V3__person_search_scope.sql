-- Search within the scopes a user may see. The person index also holds each person's scope, as one
-- token ('zs' and the hex of the scope's UTF-8 bytes, e.g. GIR-N -> zs4749522d4e), so a search
-- ranks only the people of the user's scopes: results are never crowded out by other teams' people,
-- and a broad prefix ("mar") ranks a team's matches instead of the whole area's. Searches put their
-- words in the columns {names doc phone} and the scope in the column scope.

DROP TRIGGER person_fts_insert;
DROP TRIGGER person_fts_update;
DROP TRIGGER person_fts_delete;
DROP TABLE person_fts;

CREATE VIRTUAL TABLE person_fts USING fts5(
    names, doc, phone, scope,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER person_fts_insert AFTER INSERT ON person
WHEN new.deleted_at IS NULL AND new.merged_into IS NULL
BEGIN
    INSERT INTO person_fts (rowid, names, doc, phone, scope) VALUES (
        new.rowid,
        replace(new.given_name || ' ' || coalesce(new.surname1, '') || ' ' || coalesce(new.surname2, ''), '·', ''),
        coalesce(new.id_doc_number, ''),
        replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '.', ''),
        'zs' || lower(hex(new.scope)));
END;

CREATE TRIGGER person_fts_update AFTER UPDATE OF given_name, surname1, surname2, id_doc_number, phone, deleted_at,
    merged_into, scope ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = old.rowid;
    INSERT INTO person_fts (rowid, names, doc, phone, scope)
    SELECT new.rowid,
        replace(new.given_name || ' ' || coalesce(new.surname1, '') || ' ' || coalesce(new.surname2, ''), '·', ''),
        coalesce(new.id_doc_number, ''),
        replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '.', ''),
        'zs' || lower(hex(new.scope))
    WHERE new.deleted_at IS NULL AND new.merged_into IS NULL;
END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = old.rowid;
END;

INSERT INTO person_fts (rowid, names, doc, phone, scope)
SELECT rowid,
    replace(given_name || ' ' || coalesce(surname1, '') || ' ' || coalesce(surname2, ''), '·', ''),
    coalesce(id_doc_number, ''),
    replace(replace(replace(coalesce(phone, ''), ' ', ''), '-', ''), '.', ''),
    'zs' || lower(hex(scope))
FROM person WHERE deleted_at IS NULL AND merged_into IS NULL;
