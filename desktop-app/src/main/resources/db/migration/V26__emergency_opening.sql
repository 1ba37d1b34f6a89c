-- Break-the-glass openings of this workstation (docs/decisions/0039-break-the-glass.md): a case file of another
-- team opened with a written reason until expires_at. Local only (never a synced record): the server keeps its own
-- list for the team leads. While an opening of a scope the user does not hold is live, the sync pulls that scope (the
-- server serves the opened case file only); when the last one of a scope expires, every record of the scope is purged
-- here (purged_at), the person search index with it.
CREATE TABLE emergency_opening (
    id           INTEGER NOT NULL PRIMARY KEY,
    user_id      TEXT    NOT NULL,
    case_file_id TEXT    NOT NULL CHECK (length(case_file_id) = 36),
    scope        TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    opened_at    INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    records      INTEGER NOT NULL,
    purged_at    INTEGER
) STRICT;

CREATE INDEX emergency_opening_live ON emergency_opening (purged_at, expires_at);
