-- Reports (issue 12): a period's interventions counted by kind, author and confidentiality from the index alone,
-- without reading the rows (their notes make them wide): a year of a 100k-people area in a fraction of the time.
CREATE INDEX intervention_report ON intervention (occurred_at, scope, kind, author_id, confidential, deleted_at, case_file_id);
