-- Reports (issue 12): every table a report counts is read through an index that holds what it needs, so that a year's
-- figures read the period's index entries instead of whole tables (every page of the encrypted store read is also
-- decrypted). Indexes only: no column changes, nothing synced changes (docs/sync-protocol.md). On the generated
-- 100k-people area a year for one team went from about 2.0 s of CPU to about 0.4 s (decision 0020, amended).

-- The period's records by date (and for case events, by kind), with their scope and what is counted.
CREATE INDEX case_event_report ON case_event (kind, occurred_at, scope, deleted_at, case_file_id);
CREATE INDEX demand_report ON demand (occurred_at, scope, deleted_at, area_code, case_file_id, id);
CREATE INDEX assessment_report ON assessment (occurred_at, scope, deleted_at, problem_codes, case_file_id);
CREATE INDEX resource_assignment_report ON resource_assignment (occurred_at, scope, deleted_at, resource_code, status,
    funding, cost_cents, case_file_id);
-- The demands a granted resource answers (unmet demands), without reading the resources.
CREATE INDEX resource_assignment_demand ON resource_assignment (demand_id, deleted_at, status) WHERE demand_id IS NOT NULL;
-- A team's interventions of the period (intervention_report, by date first, stays for several teams at once).
CREATE INDEX intervention_scope_report ON intervention (scope, occurred_at, kind, author_id, confidential, deleted_at,
    case_file_id);
-- A team's case files with what the reports filter and count them by.
CREATE INDEX case_file_report ON case_file (scope, deleted_at, reference_professional_id, opened_on, status, closed_on,
    household_id, id);
-- The people attended: whether a case file had an intervention in the period, its household's members then, and
-- what each person is counted by, from the indexes alone. The first two widen existing indexes (same leading columns,
-- so what used them still does).
DROP INDEX intervention_case;
CREATE INDEX intervention_case ON intervention (case_file_id, occurred_at, deleted_at);
DROP INDEX household_member_household;
CREATE INDEX household_member_household ON household_member (household_id, deleted_at, joined_on, left_on, person_id);
CREATE INDEX person_report ON person (id, deleted_at, merged_into, sex, birth_date, nationality, district);
