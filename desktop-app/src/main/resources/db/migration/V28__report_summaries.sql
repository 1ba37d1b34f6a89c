-- Reports (issue 12, decision 0055): two summaries of the interventions, kept up to date by triggers as records arrive
-- (a local write, a pulled sync record, a deletion, a scope purged or erased all go through them), so that a report of
-- every team reads a few thousand summary rows instead of the period's 150,000 interventions. LOCAL ONLY: never
-- synced (no sync columns, no entity maps them), they hold nothing the interventions do not (docs/sync-protocol.md);
-- this migration builds them from the rows already stored, and dropping them loses nothing.
--
-- The month of an intervention (yyyymm) is that of its instant at UTC+2 when that instant at UTC+2 falls in April to
-- October, else at UTC+1: a fixed rule, the same in the triggers and in ReportQueries' MonthBuckets. It is Catalonia's
-- calendar month wherever the month starts at Europe/Madrid's midnight (every month since 1996); a report counts a
-- month only when it lies whole inside its period and reads what is left of the period (an hour, or the days of a
-- custom span) from the interventions themselves, so no figure depends on the rule holding. Nothing before 1970 is
-- counted from a month.

-- Live interventions per month, team, kind, author and confidentiality (what a report counts them by).
CREATE TABLE report_intervention_month (
    month        INTEGER NOT NULL,
    scope        TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    author_id    TEXT    NOT NULL,
    confidential INTEGER NOT NULL,
    n            INTEGER NOT NULL CHECK (n > 0),
    PRIMARY KEY (month, scope, kind, author_id, confidential)
) STRICT, WITHOUT ROWID;

-- The case files with a live intervention, per year: bit m - 1 of months is set when one is in month m (a row whose
-- last one went is removed).
CREATE TABLE report_case_year (
    year         INTEGER NOT NULL,
    case_file_id TEXT    NOT NULL,
    months       INTEGER NOT NULL,
    PRIMARY KEY (year, case_file_id)
) STRICT, WITHOUT ROWID;

-- A live intervention now counted (report_intervention_added) or no longer counted (report_intervention_removed), with
-- its month: written only by the triggers on intervention further down; their own triggers update both summaries.
-- They hold no row.
CREATE VIEW report_intervention_added AS
SELECT NULL AS month, NULL AS scope, NULL AS kind, NULL AS author_id, NULL AS confidential, NULL AS case_file_id
WHERE 0;
CREATE VIEW report_intervention_removed AS SELECT * FROM report_intervention_added;

CREATE TRIGGER report_intervention_added_insert INSTEAD OF INSERT ON report_intervention_added
BEGIN
    INSERT INTO report_intervention_month (month, scope, kind, author_id, confidential, n)
    VALUES (NEW.month, NEW.scope, NEW.kind, NEW.author_id, NEW.confidential, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO report_case_year (year, case_file_id, months)
    VALUES (NEW.month / 100, NEW.case_file_id, 1 << (NEW.month % 100 - 1))
    ON CONFLICT DO UPDATE SET months = months | excluded.months;
END;

CREATE TRIGGER report_intervention_removed_insert INSTEAD OF INSERT ON report_intervention_removed
BEGIN
    -- The last one's row goes; otherwise one fewer.
    DELETE FROM report_intervention_month
    WHERE month = NEW.month AND scope = NEW.scope AND kind = NEW.kind AND author_id = NEW.author_id
        AND confidential = NEW.confidential AND n = 1;
    UPDATE report_intervention_month SET n = n - 1
    WHERE month = NEW.month AND scope = NEW.scope AND kind = NEW.kind AND author_id = NEW.author_id
        AND confidential = NEW.confidential;
    -- The month's bit stays while another live intervention of the case file is in that month (the interventions
    -- already hold the change: these triggers run after it). The month lies within [lo, hi).
    UPDATE report_case_year SET months = months & ~x.bit | CASE WHEN EXISTS (SELECT 1 FROM intervention i
            WHERE i.case_file_id = NEW.case_file_id AND i.deleted_at IS NULL
            AND i.occurred_at >= x.lo AND i.occurred_at < x.hi
            AND CAST(strftime('%Y%m', i.occurred_at / 1000
                + CASE WHEN CAST(strftime('%m', i.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
                THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) = NEW.month)
        THEN x.bit ELSE 0 END
    FROM (SELECT 1 << (NEW.month % 100 - 1) AS bit,
            (CAST(strftime('%s', printf('%04d-%02d-01', NEW.month / 100, NEW.month % 100)) AS INTEGER) - 7200) * 1000
                AS lo,
            CAST(strftime('%s', printf('%04d-%02d-01', NEW.month / 100, NEW.month % 100), '+1 month') AS INTEGER)
                * 1000 AS hi) x
    WHERE year = NEW.month / 100 AND case_file_id = NEW.case_file_id;
    DELETE FROM report_case_year WHERE year = NEW.month / 100 AND case_file_id = NEW.case_file_id AND months = 0;
END;

-- A new live intervention: a local write or a pulled record.
CREATE TRIGGER report_intervention_insert AFTER INSERT ON intervention WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO report_intervention_added
    SELECT CAST(strftime('%Y%m', NEW.occurred_at / 1000
        + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
        THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER),
        NEW.scope, NEW.kind, NEW.author_id, NEW.confidential, NEW.case_file_id;
END;

-- Only when what the summaries count by changes (a sync upsert sets every column, mostly to the same values): the old
-- state leaves them if it was counted, the new one enters them if it is live.
CREATE TRIGGER report_intervention_update AFTER UPDATE OF occurred_at, deleted_at, scope, kind, author_id, confidential,
    case_file_id ON intervention
WHEN OLD.occurred_at IS NOT NEW.occurred_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.scope IS NOT NEW.scope
    OR OLD.kind IS NOT NEW.kind OR OLD.author_id IS NOT NEW.author_id OR OLD.confidential IS NOT NEW.confidential
    OR OLD.case_file_id IS NOT NEW.case_file_id
BEGIN
    INSERT INTO report_intervention_removed
    SELECT CAST(strftime('%Y%m', OLD.occurred_at / 1000
        + CASE WHEN CAST(strftime('%m', OLD.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
        THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER),
        OLD.scope, OLD.kind, OLD.author_id, OLD.confidential, OLD.case_file_id WHERE OLD.deleted_at IS NULL;
    INSERT INTO report_intervention_added
    SELECT CAST(strftime('%Y%m', NEW.occurred_at / 1000
        + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
        THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER),
        NEW.scope, NEW.kind, NEW.author_id, NEW.confidential, NEW.case_file_id WHERE NEW.deleted_at IS NULL;
END;

-- A live intervention deleted: a scope purged, a record erased.
CREATE TRIGGER report_intervention_delete AFTER DELETE ON intervention WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO report_intervention_removed SELECT CAST(strftime('%Y%m', OLD.occurred_at / 1000
        + CASE WHEN CAST(strftime('%m', OLD.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
        THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER), OLD.scope, OLD.kind,
        OLD.author_id, OLD.confidential, OLD.case_file_id;
END;

-- What is already stored.
INSERT INTO report_intervention_month (month, scope, kind, author_id, confidential, n)
SELECT b, scope, kind, author_id, confidential, count(*)
FROM (SELECT CAST(strftime('%Y%m', occurred_at / 1000
        + CASE WHEN CAST(strftime('%m', occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
        THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AS b,
        scope, kind, author_id, confidential
    FROM intervention WHERE deleted_at IS NULL)
GROUP BY b, scope, kind, author_id, confidential;

INSERT INTO report_case_year (year, case_file_id, months)
SELECT b / 100, case_file_id, sum(1 << (b % 100 - 1))
FROM (SELECT DISTINCT CAST(strftime('%Y%m', occurred_at / 1000
        + CASE WHEN CAST(strftime('%m', occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
        THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AS b,
        case_file_id
    FROM intervention WHERE deleted_at IS NULL)
GROUP BY b / 100, case_file_id;
