-- Erasure after the retention period (issue 14, GDPR; docs/gdpr.md, decision 0036). Two synced fields of the case
-- file: legal_hold (why it must be kept: a court case, an inspection; null: no hold), which stops its
-- anonymisation, and anonymised_on, the day it was anonymised (every workstation that pulls it then scrubs what it
-- still holds of it). erasure_scrub is this workstation's own: which anonymised case files it has scrubbed
-- (search index optimised, journals and drafts removed, attachments' files deleted, the file vacuumed).
ALTER TABLE case_file ADD COLUMN legal_hold TEXT CHECK (legal_hold IS NULL OR length(legal_hold) BETWEEN 1 AND 500);
ALTER TABLE case_file ADD COLUMN anonymised_on TEXT;

CREATE TABLE erasure_scrub (
    case_file_id TEXT    NOT NULL PRIMARY KEY CHECK (length(case_file_id) = 36),
    scrubbed_at  INTEGER NOT NULL
) STRICT;
