-- Reconciliation (V90+): runs other than GAP are executed window by window by the replica holding the
-- tenant's lease. owner_id is the replica working on a run (a new holder takes unfinished runs over; the
-- previous one can no longer record progress); attempts and next_attempt_at schedule the retry of a window
-- that failed (Genesys or the database unavailable), up to a bounded number of attempts.
ALTER TABLE reconciliation_runs ADD COLUMN owner_id TEXT;
ALTER TABLE reconciliation_runs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reconciliation_runs ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
