-- Who last logged in on this workstation: a user of another team may not log in online while changes
-- they may not hold wait to be sent (their sync would purge them). See AuthService.
ALTER TABLE device ADD COLUMN last_user_id TEXT;
