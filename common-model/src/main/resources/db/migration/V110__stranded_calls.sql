-- Reconciliation publishes a conversation again when its message went missing (published long ago, still no
-- final status); requeued_at is when it last did, so one stranded call is not published on every run.
ALTER TABLE published_conversations ADD COLUMN requeued_at TIMESTAMP WITH TIME ZONE;

-- A failure the nightly reconciliation replayed by itself (not an operator): these are counted against the
-- nightly retry limit of the conversation.
ALTER TABLE import_failures ADD COLUMN auto_replayed_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX import_failures_open_reason_idx ON import_failures (tenant_id, conversation_id)
    WHERE status = 'OPEN';
