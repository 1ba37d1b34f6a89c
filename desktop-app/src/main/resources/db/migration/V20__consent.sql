-- Consent per person (issue 14, GDPR): what a person agreed to (a purpose of the catalogue in
-- logic/casefile/ConsentPurpose: sharing the file with another service, processing of health data, image...),
-- on which date, the signed document filed in a case file if any (an attachment id), and the date it was
-- withdrawn. Synced like every other record from this first migration (UUIDv7 id, the person's scope, server
-- version, HLC, tombstone). A withdrawal is a new value of withdrawn_on, never a deletion: what was agreed,
-- and until when, stays on record. Referrals to an external service check for an active SHARING consent.
CREATE TABLE consent (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    person_id      TEXT    NOT NULL REFERENCES person (id),
    purpose        TEXT    NOT NULL CHECK (length(purpose) BETWEEN 1 AND 40),
    given_on       TEXT    NOT NULL,
    document_id    TEXT    CHECK (document_id IS NULL OR length(document_id) = 36),
    withdrawn_on   TEXT,
    notes          TEXT,
    author_id      TEXT    NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;

CREATE INDEX consent_person ON consent (person_id, purpose);
