-- Reports (issue 12): resources granted and their cost by funding administration. The administration is recorded
-- on the resource when its status moves (typically when granted); null when not recorded. A synced column like any
-- other (docs/sync-protocol.md): SyncTables reads it from the schema, and a workstation without it ignores the field.
ALTER TABLE resource_assignment ADD COLUMN funding TEXT
    CHECK (funding IS NULL OR funding IN ('MUNICIPAL', 'COUNTY', 'PROVINCIAL', 'GENERALITAT', 'STATE', 'EUROPEAN', 'OTHER'));
