-- This device's secret key (docs/decisions/0013-device-keys.md). Its id is public (it ends every HLC); the
-- key never leaves this store except in a login, and the central server refuses the id with any other key.
ALTER TABLE device ADD COLUMN device_key TEXT CHECK (device_key IS NULL OR length(device_key) BETWEEN 32 AND 128);
UPDATE device SET device_key = lower(hex(randomblob(32))) WHERE device_key IS NULL;
