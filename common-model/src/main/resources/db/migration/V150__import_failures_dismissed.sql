-- An operator can dismiss an OPEN failure that no replay can fix (a parked id that is not a Genesys
-- conversation id, say): it leaves the open failures, and so the CallImportFailuresOpen alert, but stays listed.
ALTER TABLE import_failures DROP CONSTRAINT import_failures_status_chk;
ALTER TABLE import_failures ADD CONSTRAINT import_failures_status_chk
    CHECK (status IN ('OPEN', 'REPLAYED', 'RESOLVED', 'DISMISSED'));
ALTER TABLE import_failures ADD COLUMN dismissed_at TIMESTAMP WITH TIME ZONE;
