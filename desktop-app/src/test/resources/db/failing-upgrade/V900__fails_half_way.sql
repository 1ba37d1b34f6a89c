-- A migration that fails after a first change (UpgradeBackupTest): the store must stay restorable.
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
