-- Consumer (V50-V89): at most one OPEN failure per conversation. A conversation that fails again (a second
-- message for it, e.g. from the websocket and from a reconciliation) updates its open failure instead of
-- adding another one; a replayed failure (REPLAYED) leaves room for a new OPEN one.
CREATE UNIQUE INDEX import_failures_open_conversation_idx ON import_failures (tenant_id, conversation_id)
    WHERE status = 'OPEN';
