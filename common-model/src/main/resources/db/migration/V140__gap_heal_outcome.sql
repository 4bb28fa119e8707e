-- Gap healing covers at most gap.max-heal-window (Genesys' details query spans at most 31 days): a longer
-- gap is healed for its newest part and the older part is recorded here for an operator's backfill.
-- heal_outcome: HEALED (all of it), PARTIALLY_HEALED ([uncovered_from, uncovered_to) was not reconciled).
ALTER TABLE notification_gaps ADD COLUMN heal_outcome TEXT;
ALTER TABLE notification_gaps ADD COLUMN uncovered_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification_gaps ADD COLUMN uncovered_to TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification_gaps ADD CONSTRAINT notification_gaps_heal_outcome_chk
    CHECK (heal_outcome IN ('HEALED', 'PARTIALLY_HEALED'));
