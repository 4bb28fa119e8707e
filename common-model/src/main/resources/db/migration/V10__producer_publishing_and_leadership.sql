-- Producer (V10-V49): exactly one ConversationEnded per conversation, the outbox relay's schedule, and the
-- lease that lets one producer replica per tenant hold the notification socket.

-- One row per conversation the producer has handed to the outbox (websocket, reconciliation, backfill),
-- written in the same transaction as its outbox row: the unique key is what de-duplicates transfers,
-- repeated events, reconnect overlaps and failover. Manual replays bypass it on purpose.
CREATE TABLE published_conversations (
    tenant_id        TEXT NOT NULL,
    conversation_id  TEXT NOT NULL,
    message_id       UUID NOT NULL,
    source           TEXT NOT NULL,
    agent_user_id    TEXT,
    ended_at         TIMESTAMP WITH TIME ZONE,
    detected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id),
    CONSTRAINT published_conversations_source_chk CHECK (source IN ('WEBSOCKET', 'RECONCILIATION', 'BACKFILL',
        'MANUAL'))
);

-- The relay retries a message the broker did not confirm with backoff; source is kept for the metrics.
ALTER TABLE outbox_messages ADD COLUMN source TEXT;
ALTER TABLE outbox_messages ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();

CREATE INDEX outbox_messages_relay_idx ON outbox_messages (tenant_id, next_attempt_at) WHERE published_at IS NULL;

-- Which producer replica of a tenant holds the notification socket. The holder renews expires_at every few
-- seconds (database time); another replica takes over once it has passed. last_live_at is the holder's last
-- moment with a live socket (its own clock), where the next holder's gap starts.
CREATE TABLE producer_leases (
    tenant_id     TEXT PRIMARY KEY,
    holder_id     TEXT NOT NULL,
    acquired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_live_at  TIMESTAMP WITH TIME ZONE
);
