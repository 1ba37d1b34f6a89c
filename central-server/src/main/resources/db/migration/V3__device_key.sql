-- Hostile clients (docs/decisions/0013-device-keys.md).
--
-- A device id is public (it ends every HLC), so it is bound to a secret the device alone holds: the
-- SHA-256 of its device key, set at its first login. A login naming the device with another key is refused.
-- Devices seen before this rule have no key yet; the first keyed login of a user who had a session on the
-- device binds it.
ALTER TABLE device ADD COLUMN key_hash bytea;

-- Sessions opened without a key cannot be told from a stolen device id: they are no longer accepted, and every
-- client logs in again. They are kept as the record of who used which device before keys.
ALTER TABLE auth_session ADD COLUMN keyed boolean NOT NULL DEFAULT false;

-- A partial upload belongs to its uploader: a co-writer who knows the hash can no longer hold it with a
-- wrong size. Committed blobs stay in blob/blob_chunk; uploads under way live here until committed, and are
-- discarded when untouched for a day.
CREATE TABLE blob_upload (
    scope      text        NOT NULL,
    sha256     text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploader   bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    size       bigint      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    touched_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, sha256, uploader)
);

CREATE INDEX blob_upload_touched ON blob_upload (touched_at);

CREATE TABLE blob_upload_chunk (
    scope    text    NOT NULL,
    sha256   text    NOT NULL,
    uploader bigint  NOT NULL,
    idx      integer NOT NULL,
    data     bytea   NOT NULL,
    PRIMARY KEY (scope, sha256, uploader, idx),
    FOREIGN KEY (scope, sha256, uploader) REFERENCES blob_upload (scope, sha256, uploader) ON DELETE CASCADE
);

-- Partial uploads of the old form move over to their creator.
INSERT INTO blob_upload (scope, sha256, uploader, size, created_at)
    SELECT scope, sha256, created_by, size, created_at FROM blob WHERE NOT committed;
INSERT INTO blob_upload_chunk (scope, sha256, uploader, idx, data)
    SELECT c.scope, c.sha256, b.created_by, c.idx, c.data
    FROM blob_chunk c JOIN blob b ON b.scope = c.scope AND b.sha256 = c.sha256 WHERE NOT b.committed;
DELETE FROM blob WHERE NOT committed;
