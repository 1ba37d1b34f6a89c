-- Break-the-glass access (docs/decisions/0039-break-the-glass.md): a user opens one case file outside her scopes
-- with a written reason, until expires_at. The records of that case file (the case file, its household, members and
-- people, and the records that name it) are listed when it is opened; a pull of that scope serves those only.
CREATE TABLE emergency_opening (
    id           bigserial   PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id),
    user_team    text        NOT NULL,
    device_id    text        NOT NULL,
    case_file_id uuid        NOT NULL,
    scope        text        NOT NULL,
    reason       text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    opened_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL CHECK (expires_at > opened_at)
);

CREATE INDEX emergency_opening_user ON emergency_opening (user_id, scope, expires_at);
CREATE INDEX emergency_opening_opened ON emergency_opening (opened_at);

CREATE TABLE emergency_record (
    opening_id bigint NOT NULL REFERENCES emergency_opening (id) ON DELETE CASCADE,
    record_id  uuid   NOT NULL,
    PRIMARY KEY (opening_id, record_id)
);
