-- record_scope (scope, entity_type) served no query: a push finds its records by id (the primary key), a pull walks
-- the change log by (scope, xid, seq) and joins each record by id. It cost every pushed insert one more index entry
-- (docs/decisions/0034-push-in-set-statements.md).
DROP INDEX IF EXISTS record_scope;
