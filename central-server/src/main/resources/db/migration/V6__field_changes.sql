-- Per-field history in a compact form (docs/decisions/0027-compact-field-history.md). field_meta held, for every
-- field, the whole last change {v, d, u, t, h}; every version of a record is made by one op, so the fields of one
-- version repeated one change (1-4 kB a record, pushed through jsonb parsing and TOAST compression at every write).
-- field_changes holds each version's change once and, per field, its version:
--   {"f": {"<field>": <version>, ...}, "c": {"<version>": {"d": ..., "u": ..., "t": ..., "h": ...}, ...}}
-- A field whose change differs from the one kept for its version keeps its whole change {v, d, u, t, h} in "f",
-- so nothing is lost. The column has a new name so that a server of an older version, still running against
-- this database, fails on it instead of reading it as a record without history.

ALTER TABLE record ADD COLUMN field_changes jsonb;

UPDATE record r
SET field_changes = jsonb_build_object(
        'f', coalesce((SELECT jsonb_object_agg(e.key, CASE WHEN e.value - 'v' = k.change THEN e.value -> 'v' ELSE e.value END)
                       FROM jsonb_each(r.field_meta) e
                       JOIN (SELECT DISTINCT ON (x.value -> 'v') x.value -> 'v' AS v, x.value - 'v' AS change
                             FROM jsonb_each(r.field_meta) x
                             ORDER BY x.value -> 'v', x.key) k ON k.v = e.value -> 'v'), '{}'::jsonb),
        'c', coalesce((SELECT jsonb_object_agg(k.v #>> '{}', k.change)
                       FROM (SELECT DISTINCT ON (x.value -> 'v') x.value -> 'v' AS v, x.value - 'v' AS change
                             FROM jsonb_each(r.field_meta) x
                             ORDER BY x.value -> 'v', x.key) k), '{}'::jsonb));

ALTER TABLE record ALTER COLUMN field_changes SET NOT NULL;
ALTER TABLE record DROP COLUMN field_meta;
