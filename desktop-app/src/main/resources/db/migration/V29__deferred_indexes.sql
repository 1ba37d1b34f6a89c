-- The indexes a first pull into an empty store drops and makes again at its end (decision 0056): keeping 50-odd
-- indexes up to date record by record cost more than making each once from the finished table. Local only (never
-- synced). A row here is an index of a synced table that does not exist right now; the drop and its row are one
-- transaction, as are the making again and the row's removal, so a kill at any point leaves the two in step, and the
-- next start makes whatever is listed.
CREATE TABLE sync_deferred_index (
    name TEXT NOT NULL PRIMARY KEY,
    sql  TEXT NOT NULL
) STRICT;
