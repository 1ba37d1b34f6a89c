-- The agenda: appointments of a professional (cita), synced like the case records from this first migration.
-- An appointment concerns a person, a household, both or neither (an internal one), and a case file when booked
-- from one. Rules that span fields (the end after the start, a reason for a cancellation, no clash) are the use
-- cases': a merge of two offline moves must still be stored, so the schema only checks single values.
CREATE TABLE appointment (
    id                     TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope                  TEXT    NOT NULL,
    server_version         INTEGER,
    updated_at             TEXT    NOT NULL,
    deleted_at             INTEGER,
    row_version            INTEGER NOT NULL DEFAULT 0,
    professional_id        TEXT    NOT NULL,
    person_id              TEXT,
    household_id           TEXT,
    case_file_id           TEXT    REFERENCES case_file (id),
    kind                   TEXT    NOT NULL CHECK (kind IN ('FIRST_VISIT', 'FOLLOW_UP', 'HOME_VISIT', 'PHONE', 'GROUP_SESSION')),
    starts_at              INTEGER NOT NULL,
    ends_at                INTEGER NOT NULL,
    room                   TEXT    CHECK (room IS NULL OR length(room) BETWEEN 1 AND 80),
    status                 TEXT    NOT NULL CHECK (status IN ('BOOKED', 'ATTENDED', 'NO_SHOW', 'CANCELLED')),
    cancel_reason          TEXT,
    request_date           TEXT,
    double_booked_override INTEGER NOT NULL DEFAULT 0 CHECK (double_booked_override IN (0, 1)),
    notes                  TEXT,
    confidential           INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    author_id              TEXT    NOT NULL,
    created_at             INTEGER NOT NULL
) STRICT;

CREATE INDEX appointment_professional ON appointment (professional_id, starts_at);
CREATE INDEX appointment_room ON appointment (room, starts_at) WHERE room IS NOT NULL;
CREATE INDEX appointment_case ON appointment (case_file_id, starts_at) WHERE case_file_id IS NOT NULL;
CREATE INDEX appointment_starts ON appointment (scope, starts_at);

-- The social history (V2) with the appointments that took place or were missed: attended and no-show, their
-- subtype the kind and the status (FIRST_VISIT/ATTENDED), at the time they were booked for, by their professional.
DROP VIEW timeline;
CREATE VIEW timeline AS
    SELECT 'INTERVENTION' AS entry_type, id, case_file_id, person_id, occurred_at AS at, author_id,
           kind AS subtype, substr(notes, 1, 280) AS summary, confidential, deleted_at FROM intervention
    UNION ALL
    SELECT 'DEMAND', id, case_file_id, person_id, occurred_at, author_id, area_code, substr(description, 1, 280), 0,
           deleted_at FROM demand
    UNION ALL
    SELECT 'ASSESSMENT', id, case_file_id, person_id, occurred_at, author_id, risk_level,
           problem_codes || CASE WHEN notes IS NULL THEN '' ELSE ' · ' || substr(notes, 1, 240) END, 0, deleted_at
      FROM assessment
    UNION ALL
    SELECT 'RESOURCE', id, case_file_id, person_id, status_at, author_id, status, resource_code, 0, deleted_at
      FROM resource_assignment
    UNION ALL
    SELECT 'REFERRAL', id, case_file_id, person_id, occurred_at, author_id, status, target || ' · ' || substr(reason, 1, 200),
           0, deleted_at FROM referral
    UNION ALL
    SELECT 'DOCUMENT', id, case_file_id, person_id, occurred_at, author_id, media_type, file_name, 0, deleted_at
      FROM attachment
    UNION ALL
    SELECT 'EVENT', id, case_file_id, person_id, occurred_at, author_id, kind, detail, 0, deleted_at FROM case_event
    UNION ALL
    SELECT 'APPOINTMENT', id, case_file_id, person_id, starts_at, professional_id, kind || '/' || status,
           coalesce(substr(notes, 1, 280), ''), confidential, deleted_at
      FROM appointment WHERE case_file_id IS NOT NULL AND status IN ('ATTENDED', 'NO_SHOW');
