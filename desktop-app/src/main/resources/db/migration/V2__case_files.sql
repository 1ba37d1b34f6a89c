-- Case files: people, households, case files and everything in their social history.
-- Every synced table has the sync columns of V1 (id, scope, server_version, updated_at, deleted_at,
-- row_version). Column names are also the field names of sync ops. References between synced
-- records are plain ids; foreign keys guard the containment ones.

CREATE TABLE code_entry (
    catalogue   TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    label_ca    TEXT    NOT NULL,
    label_es    TEXT,
    parent_code TEXT,
    source      TEXT,
    version     INTEGER NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (catalogue, code)
) STRICT;

CREATE TABLE person (
    id                TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope             TEXT    NOT NULL,
    server_version    INTEGER,
    updated_at        TEXT    NOT NULL,
    deleted_at        INTEGER,
    row_version       INTEGER NOT NULL DEFAULT 0,
    given_name        TEXT    NOT NULL,
    surname1          TEXT,
    surname2          TEXT,
    id_doc_type       TEXT    NOT NULL CHECK (id_doc_type IN ('DNI', 'NIE', 'PASSPORT', 'OTHER', 'NONE')),
    id_doc_number     TEXT,
    birth_date        TEXT,
    sex               TEXT    CHECK (sex IN ('F', 'M', 'X')),
    nationality       TEXT,
    mother_tongue     TEXT,
    phone             TEXT,
    email             TEXT,
    address           TEXT,
    municipality      TEXT,
    district          TEXT,
    health_card       TEXT,
    disability_degree INTEGER CHECK (disability_degree BETWEEN 0 AND 100),
    dependency_grade  TEXT,
    civil_status      TEXT,
    education_level   TEXT,
    employment        TEXT,
    income_notes      TEXT,
    merged_into       TEXT,
    created_at        INTEGER NOT NULL,
    created_by        TEXT
) STRICT;

CREATE INDEX person_doc ON person (id_doc_number) WHERE id_doc_number IS NOT NULL;
CREATE INDEX person_birth ON person (birth_date);

CREATE TABLE household (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    name           TEXT    NOT NULL,
    address        TEXT,
    municipality   TEXT,
    district       TEXT,
    housing_tenure TEXT,
    housing_notes  TEXT,
    created_at     INTEGER NOT NULL
) STRICT;

CREATE TABLE household_member (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    household_id   TEXT    NOT NULL REFERENCES household (id),
    person_id      TEXT    NOT NULL REFERENCES person (id),
    relationship   TEXT    NOT NULL,
    is_reference   INTEGER NOT NULL DEFAULT 0 CHECK (is_reference IN (0, 1)),
    joined_on      TEXT    NOT NULL,
    left_on        TEXT
) STRICT;

CREATE INDEX household_member_household ON household_member (household_id);
CREATE INDEX household_member_person ON household_member (person_id);

CREATE TABLE case_file (
    id                        TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope                     TEXT    NOT NULL,
    server_version            INTEGER,
    updated_at                TEXT    NOT NULL,
    deleted_at                INTEGER,
    row_version               INTEGER NOT NULL DEFAULT 0,
    number                    TEXT    NOT NULL,
    household_id              TEXT    NOT NULL REFERENCES household (id),
    team_id                   TEXT    NOT NULL,
    status                    TEXT    NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'REOPENED')),
    opened_on                 TEXT    NOT NULL,
    origin                    TEXT,
    closed_on                 TEXT,
    closing_reason            TEXT,
    reference_professional_id TEXT,
    risk_level                TEXT,
    created_at                INTEGER NOT NULL
) STRICT;

CREATE INDEX case_file_household ON case_file (household_id);
CREATE INDEX case_file_number ON case_file (number);
CREATE INDEX case_file_reference ON case_file (reference_professional_id, status);

CREATE TABLE case_collaborator (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    user_id        TEXT    NOT NULL,
    added_on       TEXT    NOT NULL
) STRICT;

CREATE INDEX case_collaborator_case ON case_collaborator (case_file_id);

-- What happened to the case file itself: opened, closed, reopened, members, plan and resource changes.
CREATE TABLE case_event (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    person_id      TEXT,
    kind           TEXT    NOT NULL,
    occurred_at    INTEGER NOT NULL,
    author_id      TEXT    NOT NULL,
    detail         TEXT
) STRICT;

CREATE INDEX case_event_case ON case_event (case_file_id, occurred_at);

CREATE TABLE intervention (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    person_id      TEXT,
    kind           TEXT    NOT NULL CHECK (kind IN ('OFFICE_INTERVIEW', 'HOME_VISIT', 'PHONE_CALL', 'COORDINATION', 'REPORT', 'OTHER')),
    occurred_at    INTEGER NOT NULL,
    duration_min   INTEGER CHECK (duration_min BETWEEN 0 AND 1440),
    author_id      TEXT    NOT NULL,
    professionals  TEXT,
    notes          TEXT    NOT NULL,
    confidential   INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    created_at     INTEGER NOT NULL
) STRICT;

CREATE INDEX intervention_case ON intervention (case_file_id, occurred_at);
CREATE INDEX intervention_author ON intervention (author_id, occurred_at);

CREATE TABLE demand (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    person_id      TEXT,
    occurred_at    INTEGER NOT NULL,
    area_code      TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    author_id      TEXT    NOT NULL
) STRICT;

CREATE INDEX demand_case ON demand (case_file_id, occurred_at);

CREATE TABLE assessment (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    person_id      TEXT,
    demand_id      TEXT,
    occurred_at    INTEGER NOT NULL,
    problem_codes  TEXT    NOT NULL,
    risk_level     TEXT,
    notes          TEXT,
    author_id      TEXT    NOT NULL
) STRICT;

CREATE INDEX assessment_case ON assessment (case_file_id, occurred_at);

CREATE TABLE resource_assignment (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    person_id      TEXT,
    demand_id      TEXT,
    resource_code  TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('PROPOSED', 'REQUESTED', 'GRANTED', 'DENIED', 'STARTED', 'FINISHED')),
    occurred_at    INTEGER NOT NULL,
    status_at      INTEGER NOT NULL,
    cost_cents     INTEGER CHECK (cost_cents >= 0),
    notes          TEXT,
    author_id      TEXT    NOT NULL
) STRICT;

CREATE INDEX resource_assignment_case ON resource_assignment (case_file_id, occurred_at);

CREATE TABLE intervention_plan (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    title          TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    starts_on      TEXT    NOT NULL,
    review_on      TEXT,
    agreement      TEXT,
    author_id      TEXT    NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;

CREATE INDEX intervention_plan_case ON intervention_plan (case_file_id);
CREATE INDEX intervention_plan_review ON intervention_plan (status, review_on);

CREATE TABLE plan_goal (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    plan_id        TEXT    NOT NULL REFERENCES intervention_plan (id),
    description    TEXT    NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    achieved       INTEGER NOT NULL DEFAULT 0 CHECK (achieved IN (0, 1))
) STRICT;

CREATE INDEX plan_goal_plan ON plan_goal (plan_id);

CREATE TABLE plan_action (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    plan_id        TEXT    NOT NULL REFERENCES intervention_plan (id),
    goal_id        TEXT    REFERENCES plan_goal (id),
    description    TEXT    NOT NULL,
    responsible    TEXT    NOT NULL,
    due_on         TEXT,
    done_on        TEXT
) STRICT;

CREATE INDEX plan_action_plan ON plan_action (plan_id);

CREATE TABLE referral (
    id              TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope           TEXT    NOT NULL,
    server_version  INTEGER,
    updated_at      TEXT    NOT NULL,
    deleted_at      INTEGER,
    row_version     INTEGER NOT NULL DEFAULT 0,
    case_file_id    TEXT    NOT NULL REFERENCES case_file (id),
    person_id       TEXT,
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('SERVICE', 'PROFESSIONAL', 'TEAM', 'MUNICIPALITY')),
    target          TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    occurred_at     INTEGER NOT NULL,
    responded_at    INTEGER,
    response_reason TEXT,
    author_id       TEXT    NOT NULL
) STRICT;

CREATE INDEX referral_case ON referral (case_file_id, occurred_at);

CREATE TABLE attachment (
    id             TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    scope          TEXT    NOT NULL,
    server_version INTEGER,
    updated_at     TEXT    NOT NULL,
    deleted_at     INTEGER,
    row_version    INTEGER NOT NULL DEFAULT 0,
    case_file_id   TEXT    NOT NULL REFERENCES case_file (id),
    person_id      TEXT,
    file_name      TEXT    NOT NULL,
    media_type     TEXT    NOT NULL,
    size_bytes     INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256         TEXT    NOT NULL CHECK (length(sha256) = 64),
    description    TEXT,
    occurred_at    INTEGER NOT NULL,
    author_id      TEXT    NOT NULL
) STRICT;

CREATE INDEX attachment_case ON attachment (case_file_id, occurred_at);

-- The social history of a case file: one row per entry of any kind, newest first when ordered by at.
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
    SELECT 'EVENT', id, case_file_id, person_id, occurred_at, author_id, kind, detail, 0, deleted_at FROM case_event;

-- Search: accent-, case- and order-insensitive full-text index on people, kept by triggers so that
-- records arriving by sync are found too. "l·l" is indexed as "ll"; phones as digits only.
CREATE VIRTUAL TABLE person_fts USING fts5(
    names, doc, phone,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER person_fts_insert AFTER INSERT ON person
WHEN new.deleted_at IS NULL AND new.merged_into IS NULL
BEGIN
    INSERT INTO person_fts (rowid, names, doc, phone) VALUES (
        new.rowid,
        replace(new.given_name || ' ' || coalesce(new.surname1, '') || ' ' || coalesce(new.surname2, ''), '·', ''),
        coalesce(new.id_doc_number, ''),
        replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '.', ''));
END;

CREATE TRIGGER person_fts_update AFTER UPDATE OF given_name, surname1, surname2, id_doc_number, phone, deleted_at,
    merged_into ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = old.rowid;
    INSERT INTO person_fts (rowid, names, doc, phone)
    SELECT new.rowid,
        replace(new.given_name || ' ' || coalesce(new.surname1, '') || ' ' || coalesce(new.surname2, ''), '·', ''),
        coalesce(new.id_doc_number, ''),
        replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '.', '')
    WHERE new.deleted_at IS NULL AND new.merged_into IS NULL;
END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = old.rowid;
END;

-- Local only (never synced): what this user opened lately, and drafts of long texts.
CREATE TABLE recent_case_file (
    user_id      TEXT    NOT NULL,
    case_file_id TEXT    NOT NULL,
    opened_at    INTEGER NOT NULL,
    PRIMARY KEY (user_id, case_file_id)
) STRICT;

CREATE TABLE draft (
    draft_key  TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, draft_key)
) STRICT;
