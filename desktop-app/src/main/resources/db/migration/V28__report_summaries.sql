-- Reports (issue 12, decision 0055): two summaries of the interventions, kept up to date by triggers as records arrive
-- (a local write, a pulled sync record, a deletion, a scope purged or erased all go through them), so that a report of
-- every team reads a few thousand summary rows instead of the period's 150,000 interventions. LOCAL ONLY: never
-- synced (no sync columns, no entity maps them), they hold nothing the interventions do not (docs/sync-protocol.md);
-- this migration builds them from the rows already stored, and dropping them loses nothing.
--
-- The month of an intervention (its "bucket", yyyymm) is that of its instant at UTC+2 when that instant at UTC+2 falls
-- in April to October, else at UTC+1: a fixed rule, the same in the triggers and in ReportQueries' MonthBuckets. It
-- is Catalonia's calendar month wherever the month's boundaries are at Europe/Madrid's midnight (every month since
-- 1996); a report counts a bucket only when it lies whole inside its period and reads what is left of the period
-- (an hour, or the days of a custom span) from the interventions themselves, so a figure never depends on the rule
-- holding. Interventions before 1970 are never counted from a bucket.

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

-- A live intervention counted (sign 1) or no longer counted (sign -1): written only by the triggers below, its own
-- trigger updates both summaries. Holds no row.
CREATE VIEW report_intervention_change AS
SELECT NULL AS occurred_at, NULL AS scope, NULL AS kind, NULL AS author_id, NULL AS confidential, NULL AS case_file_id,
    NULL AS sign
WHERE 0;

CREATE TRIGGER report_intervention_change_insert INSTEAD OF INSERT ON report_intervention_change
BEGIN
    INSERT INTO report_intervention_month (month, scope, kind, author_id, confidential, n)
    SELECT CAST(strftime('%Y%m', NEW.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER), NEW.scope, NEW.kind, NEW.author_id, NEW.confidential, 1
    WHERE NEW.sign = 1
    ON CONFLICT DO UPDATE SET n = n + 1;
    -- The last one's row goes; otherwise one fewer.
    DELETE FROM report_intervention_month
    WHERE NEW.sign = -1 AND month = CAST(strftime('%Y%m', NEW.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AND scope = NEW.scope AND kind = NEW.kind AND author_id = NEW.author_id
        AND confidential = NEW.confidential AND n = 1;
    UPDATE report_intervention_month SET n = n - 1
    WHERE NEW.sign = -1 AND month = CAST(strftime('%Y%m', NEW.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AND scope = NEW.scope AND kind = NEW.kind AND author_id = NEW.author_id
        AND confidential = NEW.confidential;
    INSERT INTO report_case_year (year, case_file_id, months)
    SELECT b / 100, NEW.case_file_id, 1 << (b % 100 - 1) FROM (SELECT CAST(strftime('%Y%m', NEW.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AS b)
    WHERE NEW.sign = 1
    ON CONFLICT DO UPDATE SET months = months | excluded.months;
    -- The month's bit stays while another live intervention of the case file is in that month (the interventions
    -- already hold the change: these triggers run after it).
    UPDATE report_case_year SET months = months & ~x.bit | CASE WHEN EXISTS (SELECT 1 FROM intervention i
            WHERE i.case_file_id = NEW.case_file_id AND i.deleted_at IS NULL AND i.occurred_at >= x.lo AND i.occurred_at < x.hi
            AND CAST(strftime('%Y%m', i.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', i.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) = x.b) THEN x.bit ELSE 0 END
    FROM (SELECT b, 1 << (b % 100 - 1) AS bit,
            (CAST(strftime('%s', printf('%04d-%02d-01', b / 100, b % 100)) AS INTEGER) - 7200) * 1000 AS lo,
            CAST(strftime('%s', printf('%04d-%02d-01', b / 100, b % 100), '+1 month') AS INTEGER) * 1000 AS hi
        FROM (SELECT CAST(strftime('%Y%m', NEW.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AS b)) x
    WHERE NEW.sign = -1 AND year = x.b / 100 AND case_file_id = NEW.case_file_id;
    DELETE FROM report_case_year WHERE NEW.sign = -1 AND year = CAST(strftime('%Y%m', NEW.occurred_at / 1000 + CASE WHEN CAST(strftime('%m', NEW.occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) / 100 AND case_file_id = NEW.case_file_id
        AND months = 0;
END;

CREATE TRIGGER report_intervention_insert AFTER INSERT ON intervention WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO report_intervention_change (occurred_at, scope, kind, author_id, confidential, case_file_id, sign)
    SELECT NEW.occurred_at, NEW.scope, NEW.kind, NEW.author_id, NEW.confidential, NEW.case_file_id, 1
    WHERE NEW.deleted_at IS NULL;
END;

-- Only when what the summaries count by changes (a sync upsert sets every column, mostly to the same values).
CREATE TRIGGER report_intervention_update AFTER UPDATE OF occurred_at, deleted_at, scope, kind, author_id, confidential, case_file_id ON intervention
WHEN OLD.occurred_at IS NOT NEW.occurred_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.scope IS NOT NEW.scope
    OR OLD.kind IS NOT NEW.kind OR OLD.author_id IS NOT NEW.author_id OR OLD.confidential IS NOT NEW.confidential
    OR OLD.case_file_id IS NOT NEW.case_file_id
BEGIN
    INSERT INTO report_intervention_change (occurred_at, scope, kind, author_id, confidential, case_file_id, sign)
    SELECT OLD.occurred_at, OLD.scope, OLD.kind, OLD.author_id, OLD.confidential, OLD.case_file_id, -1
    WHERE OLD.deleted_at IS NULL;
    INSERT INTO report_intervention_change (occurred_at, scope, kind, author_id, confidential, case_file_id, sign)
    SELECT NEW.occurred_at, NEW.scope, NEW.kind, NEW.author_id, NEW.confidential, NEW.case_file_id, 1
    WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER report_intervention_delete AFTER DELETE ON intervention WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO report_intervention_change (occurred_at, scope, kind, author_id, confidential, case_file_id, sign)
    SELECT OLD.occurred_at, OLD.scope, OLD.kind, OLD.author_id, OLD.confidential, OLD.case_file_id, -1
    WHERE OLD.deleted_at IS NULL;
END;

-- What is already stored.
INSERT INTO report_intervention_month (month, scope, kind, author_id, confidential, n)
SELECT b, scope, kind, author_id, confidential, count(*)
FROM (SELECT CAST(strftime('%Y%m', occurred_at / 1000 + CASE WHEN CAST(strftime('%m', occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AS b, scope, kind, author_id, confidential
    FROM intervention WHERE deleted_at IS NULL)
GROUP BY b, scope, kind, author_id, confidential;

INSERT INTO report_case_year (year, case_file_id, months)
SELECT b / 100, case_file_id, sum(1 << (b % 100 - 1))
FROM (SELECT DISTINCT CAST(strftime('%Y%m', occurred_at / 1000 + CASE WHEN CAST(strftime('%m', occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10 THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER) AS b, case_file_id
    FROM intervention WHERE deleted_at IS NULL)
GROUP BY b / 100, case_file_id;
