-- The records' fields and field changes, and the answers kept for replays, as json (their text, checked to be JSON)
-- instead of jsonb (a parsed binary form). The server never queries inside them on its hot paths: a push reads them
-- as text and merges in Java, a pull sends the fields as they are. jsonb parsed every value written and rendered
-- every value read again, with spaces added (docs/decisions/0058-record-fields-as-json-text.md).
ALTER TABLE record
    ALTER COLUMN fields TYPE json USING fields::json,
    ALTER COLUMN field_changes TYPE json USING field_changes::json;
ALTER TABLE applied_op ALTER COLUMN result TYPE json USING result::json;
