-- The scopes the central server lets a user hold besides their team's, cached for offline logins:
-- "SALT=r;BCN-1=w" (r: read only, w: read and write). Empty: the team's scope only.
ALTER TABLE app_user ADD COLUMN granted_scopes TEXT NOT NULL DEFAULT '';
