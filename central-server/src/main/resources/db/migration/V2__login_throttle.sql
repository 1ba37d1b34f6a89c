-- Repeated failed logins per user name slow an online guesser down, on every instance alike (the state
-- is here, not in memory). Keyed by the SHA-256 of the lower-cased name: names typed in the user field
-- may be passwords, and unknown names are throttled exactly like known ones (no hint which exist).
CREATE TABLE login_throttle (
    name_hash    bytea       PRIMARY KEY,
    failures     integer     NOT NULL,
    locked_until timestamptz
);
