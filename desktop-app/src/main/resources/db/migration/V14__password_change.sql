-- A local account whose password was set by someone else (a reset) must choose its own at the next login.
-- app_user stays local: it is never pushed (see SyncTables.LOCAL_ONLY), so no outbox entry goes with it.
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
