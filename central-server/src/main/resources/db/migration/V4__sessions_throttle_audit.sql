-- Server sessions, login throttling and request audit (docs/decisions/0024-server-sessions-and-throttling.md).

-- A session chain (a login and the refreshes that follow it) ends a fixed time after the login, however often
-- it is refreshed: each session row carries the time its chain began. Rows from before keep their own start.
ALTER TABLE auth_session ADD COLUMN chain_started_at timestamptz;
UPDATE auth_session SET chain_started_at = created_at;
ALTER TABLE auth_session ALTER COLUMN chain_started_at SET NOT NULL;
ALTER TABLE auth_session ALTER COLUMN chain_started_at SET DEFAULT now();
CREATE INDEX auth_session_user_device ON auth_session (user_id, device_id) WHERE revoked_at IS NULL;

-- A device revoked by an administrator: its sessions end, it can no longer log in, and its next contact is
-- answered device_revoked so that the workstation purges its local data (remote wipe).
ALTER TABLE device ADD COLUMN revoked_at timestamptz;

-- Failed logins are counted per user name AND source address: a guesser slows down only the name from its own
-- address, and a member of staff at her own workstation is not locked out by someone elsewhere. Each failure
-- past the free ones doubles the wait (capped). The attempt is counted before the password is checked, in one
-- statement, so parallel guesses cannot pass between the check and the count.
DROP TABLE login_throttle;
CREATE TABLE login_throttle (
    name_hash     bytea       NOT NULL,
    source        text        NOT NULL,
    failures      integer     NOT NULL,
    blocked_until timestamptz,
    touched_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (name_hash, source)
);
CREATE INDEX login_throttle_touched ON login_throttle (touched_at);

-- The audit row names the source address and the scope of each request, and what an administration command
-- acted on (a user name or device id: staff accounts, no data about people served).
ALTER TABLE audit ADD COLUMN address text;
ALTER TABLE audit ADD COLUMN scope text;
ALTER TABLE audit ADD COLUMN target text;
