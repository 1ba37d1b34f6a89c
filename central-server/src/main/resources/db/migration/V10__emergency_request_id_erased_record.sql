-- Break-the-glass openings are safe to ask again (docs/decisions/0043-idempotent-emergency-opening.md): the client
-- names each opening it asks for with an id of its own; the same user sending the same id again (the answer was lost
-- on the way) is given the opening that id made, not a second one. Openings asked for without an id keep null.
ALTER TABLE emergency_opening ADD COLUMN request_id uuid;
CREATE UNIQUE INDEX emergency_opening_request ON emergency_opening (user_id, request_id)
    WHERE request_id IS NOT NULL;

-- Erasure (docs/decisions/0036-erasure-after-retention.md, "On the server"): the records a workstation anonymised, as
-- named by the ops of the transaction that marked their case file anonymised. The stored answers of conflicted ops
-- about them are rewritten with their cleared values (at the erasure, and whenever another conflict about them is
-- answered), and the attachments' contents no live record names any more are deleted.
CREATE TABLE erased_record (
    id           uuid        PRIMARY KEY,
    case_file_id uuid        NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applied_op_entity ON applied_op (entity_id) WHERE status = 'CONFLICT';
