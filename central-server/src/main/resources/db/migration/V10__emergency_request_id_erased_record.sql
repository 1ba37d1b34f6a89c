-- Break-the-glass openings are safe to ask again (docs/decisions/0043-idempotent-emergency-opening.md): the client
-- names each opening it asks for with an id of its own; the same user sending the same id again (the answer was lost
-- on the way) is given the opening that id made, not a second one. Openings asked for without an id keep null.
ALTER TABLE emergency_opening ADD COLUMN request_id uuid;
CREATE UNIQUE INDEX emergency_opening_request ON emergency_opening (user_id, request_id)
    WHERE request_id IS NOT NULL;
