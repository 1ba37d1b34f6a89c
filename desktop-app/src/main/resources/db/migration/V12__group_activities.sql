-- Group activities (issue 11): a programme's activity with its sessions, enrolments and attendance, synced like
-- the case records from the first migration (UUIDv7 id but for attendance, the team's scope, server version,
-- HLC, tombstone). Rules across fields and rows (dates, capacity, the waiting list) are GroupActivityService's:
-- merged offline changes must still be stored, so the schema only checks single values.
CREATE TABLE group_activity (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope         TEXT    NOT NULL,
    server_version INTEGER,
    updated_at    TEXT    NOT NULL,
    deleted_at    INTEGER,
    row_version   INTEGER NOT NULL DEFAULT 0,
    programme     TEXT    NOT NULL CHECK (length(programme) BETWEEN 1 AND 120),
    title         TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    description   TEXT,
    target_group  TEXT,
    capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    place         TEXT,
    facilitators  TEXT,
    starts_on     TEXT    NOT NULL,
    ends_on       TEXT    NOT NULL,
    -- The weekly schedule: days (MONDAY,WEDNESDAY) and a time of day (HH:mm) from which sessions are made.
    weekdays      TEXT    NOT NULL,
    start_time    TEXT    NOT NULL,
    end_time      TEXT    NOT NULL,
    author_id     TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
) STRICT;

CREATE INDEX group_activity_scope ON group_activity (scope, starts_on);

CREATE TABLE group_session (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope         TEXT    NOT NULL,
    server_version INTEGER,
    updated_at    TEXT    NOT NULL,
    deleted_at    INTEGER,
    row_version   INTEGER NOT NULL DEFAULT 0,
    activity_id   TEXT    NOT NULL REFERENCES group_activity (id),
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL,
    place         TEXT,
    cancelled     INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
) STRICT;

CREATE INDEX group_session_activity ON group_session (activity_id, starts_at);

-- A person in an activity: enrolled, on the waiting list (in order of request) or withdrawn with a reason; a
-- promotion from the waiting list records when and by whom.
CREATE TABLE group_enrolment (
    id               TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope            TEXT    NOT NULL,
    server_version   INTEGER,
    updated_at       TEXT    NOT NULL,
    deleted_at       INTEGER,
    row_version      INTEGER NOT NULL DEFAULT 0,
    activity_id      TEXT    NOT NULL REFERENCES group_activity (id),
    person_id        TEXT    NOT NULL REFERENCES person (id),
    case_file_id     TEXT    REFERENCES case_file (id),
    status           TEXT    NOT NULL CHECK (status IN ('ENROLLED', 'WAITING', 'WITHDRAWN')),
    requested_at     INTEGER NOT NULL,
    enrolled_at      INTEGER,
    withdrawn_at     INTEGER,
    withdrawn_reason TEXT,
    promoted_at      INTEGER,
    promoted_by      TEXT,
    author_id        TEXT    NOT NULL
) STRICT;

CREATE INDEX group_enrolment_activity ON group_enrolment (activity_id, status, requested_at);
CREATE INDEX group_enrolment_person ON group_enrolment (person_id);

-- One mark per session and person, its id derived from both: two facilitators taking the same session's
-- attendance offline make the same records, which merge field by field (a different mark is a conflict).
-- Its fields are only what both would write alike (no author or time of marking).
CREATE TABLE group_attendance (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope         TEXT    NOT NULL,
    server_version INTEGER,
    updated_at    TEXT    NOT NULL,
    deleted_at    INTEGER,
    row_version   INTEGER NOT NULL DEFAULT 0,
    session_id    TEXT    NOT NULL REFERENCES group_session (id),
    person_id     TEXT    NOT NULL REFERENCES person (id),
    case_file_id  TEXT    REFERENCES case_file (id),
    mark          TEXT    NOT NULL CHECK (mark IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    note          TEXT
) STRICT;

CREATE INDEX group_attendance_session ON group_attendance (session_id);
CREATE INDEX group_attendance_case ON group_attendance (case_file_id) WHERE case_file_id IS NOT NULL;

-- The social history (V10) with the attendance of the participants enrolled from a case file: at the session's
-- start, by the activity's author, the mark as subtype, the activity's title and the note as summary.
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
      FROM appointment WHERE case_file_id IS NOT NULL AND status IN ('ATTENDED', 'NO_SHOW')
    UNION ALL
    SELECT 'ATTENDANCE', ga.id, ga.case_file_id, ga.person_id, s.starts_at, a.author_id, ga.mark,
           a.title || coalesce(' · ' || substr(ga.note, 1, 240), ''), 0,
           coalesce(ga.deleted_at, s.deleted_at, a.deleted_at)
      FROM group_attendance ga
      JOIN group_session s ON s.id = ga.session_id
      JOIN group_activity a ON a.id = s.activity_id
     WHERE ga.case_file_id IS NOT NULL;
