-- A workstation's data key escrow (docs/decisions/0046): per user and device, the random secret that unwraps the
-- copy of the store key kept on that device for that user. Given back only against the user's current password,
-- from a device not revoked, so that a password reset on the server opens the laptop's data again. The secret alone
-- opens nothing: the wrapped key never leaves the laptop.
CREATE TABLE key_escrow (
    user_id    bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    device_id  text        NOT NULL,
    secret     text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_id)
);
