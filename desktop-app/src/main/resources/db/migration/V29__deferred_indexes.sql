-- What a first pull into an empty store drops and makes again at its end (decision 0056): the synced tables'
-- non-unique indexes (keeping 40-odd indexes up to date record by record cost more than making each once from the
-- finished table) and the report summaries' triggers (decision 0055: the summaries are then counted once from the
-- interventions). Local only (never synced). A row here is an index or trigger that does not exist right now; the drop
-- and its row are one transaction, as are the making again (and the summaries' recount) and the row's removal, so a
-- kill at any point leaves the two in step, and the next start makes whatever is listed.
CREATE TABLE sync_deferred_schema (
    name TEXT NOT NULL PRIMARY KEY,
    sql  TEXT NOT NULL
) STRICT;
