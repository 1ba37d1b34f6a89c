-- A resource answers an assessment (the SIUSS chain demand -> assessment -> resource): which one, if any.
-- Nullable: resources proposed before this column, or by an older workstation, answer none. Synced as the
-- record field assessment_id like demand_id (the central server keeps fields as JSON: nothing to change there).
ALTER TABLE resource_assignment ADD COLUMN assessment_id TEXT;
