-- Core schema shared by the producer and the consumer.
-- Never edit a migration once it is merged: add a new one.
-- Version ranges, so parallel work does not collide: V1-V9 common, V10-V49 producer,
-- V50-V89 consumer, V90+ reconciliation.

CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- One row per tenant. The client secret is AES-GCM encrypted (12-byte nonce || ciphertext || tag)
-- with SETTINGS_ENCRYPTION_KEY; it is never stored, logged or returned in clear.
CREATE TABLE genesys_settings (
    tenant_id                TEXT PRIMARY KEY REFERENCES tenants (id),
    organization_id          TEXT NOT NULL,
    region                   TEXT NOT NULL,
    client_id                TEXT NOT NULL,
    client_secret_encrypted  BYTEA NOT NULL,
    group_id                 TEXT,
    group_name               TEXT,
    department_id            TEXT,
    role_id                  TEXT,
    integration_user_id      TEXT,
    -- bumped on every change; services compare it to notice new settings without a restart
    revision                 BIGINT NOT NULL DEFAULT 1,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT genesys_settings_group_chk CHECK (group_id IS NOT NULL OR group_name IS NOT NULL)
);

-- Members of the tenant's Genesys group. Members who leave stay, inactive, so history keeps its agent.
CREATE TABLE agents (
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    user_id          TEXT NOT NULL,
    name             TEXT,
    email            TEXT,
    department       TEXT,
    division_id      TEXT,
    user_state       TEXT,
    active           BOOLEAN NOT NULL,
    first_synced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE INDEX agents_tenant_active_idx ON agents (tenant_id) WHERE active;

-- One row per imported (or importing) conversation. id is derived from (tenant_id, conversation_id)
-- so every attempt computes the same callId.
CREATE TABLE calls (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    conversation_id  TEXT NOT NULL,
    status           TEXT NOT NULL,
    status_reason    TEXT,
    source           TEXT NOT NULL,
    agent_user_id    TEXT,
    agent_user_ids   TEXT[] NOT NULL DEFAULT '{}',
    ani              TEXT,
    dnis             TEXT,
    direction        TEXT,
    started_at       TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    duration_ms      BIGINT,
    queue_ids        TEXT[] NOT NULL DEFAULT '{}',
    wrap_up_codes    TEXT[] NOT NULL DEFAULT '{}',
    disconnect_type  TEXT,
    division_ids     TEXT[] NOT NULL DEFAULT '{}',
    details          JSONB,
    detected_at      TIMESTAMP WITH TIME ZONE,
    imported_at      TIMESTAMP WITH TIME ZONE,
    queued_at        TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT calls_tenant_conversation_key UNIQUE (tenant_id, conversation_id),
    CONSTRAINT calls_status_chk CHECK (status IN ('PENDING', 'QUEUED_FOR_ANALYSIS', 'NO_RECORDING',
        'RECORDING_ARCHIVED', 'RECORDING_DELETED', 'FAILED')),
    CONSTRAINT calls_source_chk CHECK (source IN ('WEBSOCKET', 'RECONCILIATION', 'BACKFILL', 'MANUAL'))
);

CREATE INDEX calls_tenant_ended_idx ON calls (tenant_id, ended_at);
CREATE INDEX calls_tenant_status_idx ON calls (tenant_id, status);

CREATE TABLE recordings (
    call_id        UUID NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    recording_id   TEXT NOT NULL,
    tenant_id      TEXT NOT NULL,
    object_key     TEXT,
    bytes          BIGINT,
    sha256         TEXT,
    format         TEXT,
    channels       INTEGER,
    media_subtype  TEXT,
    file_state     TEXT NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    ended_at       TIMESTAMP WITH TIME ZONE,
    duration_ms    BIGINT,
    stored_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (call_id, recording_id)
);

CREATE UNIQUE INDEX recordings_object_key_idx ON recordings (object_key) WHERE object_key IS NOT NULL;

-- Reconciliation, backfill and gap-healing runs. progress_until lets a run resume after a restart:
-- every day window that ends at or before it is done.
CREATE TABLE reconciliation_runs (
    id                UUID PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants (id),
    kind              TEXT NOT NULL,
    status            TEXT NOT NULL,
    window_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    window_to         TIMESTAMP WITH TIME ZONE NOT NULL,
    progress_until    TIMESTAMP WITH TIME ZONE,
    windows_total     INTEGER NOT NULL DEFAULT 1,
    windows_done      INTEGER NOT NULL DEFAULT 0,
    found             INTEGER NOT NULL DEFAULT 0,
    already_imported  INTEGER NOT NULL DEFAULT 0,
    in_flight         INTEGER NOT NULL DEFAULT 0,
    requeued          INTEGER NOT NULL DEFAULT 0,
    failed            INTEGER NOT NULL DEFAULT 0,
    genesys_requests  INTEGER NOT NULL DEFAULT 0,
    error             TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reconciliation_runs_kind_chk CHECK (kind IN ('NIGHTLY', 'MANUAL', 'BACKFILL', 'GAP')),
    CONSTRAINT reconciliation_runs_status_chk CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);

CREATE INDEX reconciliation_runs_tenant_created_idx ON reconciliation_runs (tenant_id, created_at DESC);
CREATE INDEX reconciliation_runs_unfinished_idx ON reconciliation_runs (tenant_id) WHERE status IN ('PENDING', 'RUNNING');

-- Periods without a live notification socket; each is healed by a GAP reconciliation run.
CREATE TABLE notification_gaps (
    id           UUID PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants (id),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    reason       TEXT NOT NULL,
    heal_run_id  UUID REFERENCES reconciliation_runs (id),
    healed_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_gaps_unhealed_idx ON notification_gaps (tenant_id, started_at) WHERE healed_at IS NULL;

-- Messages the broker did not confirm; a relay publishes them once it is back (shaped after
-- Spring Modulith's event_publication). id is the message's own messageId.
CREATE TABLE outbox_messages (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    conversation_id  TEXT,
    exchange         TEXT NOT NULL,
    routing_key      TEXT NOT NULL,
    message_type     TEXT NOT NULL,
    payload          TEXT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    published_at     TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT
);

CREATE INDEX outbox_messages_unpublished_idx ON outbox_messages (created_at) WHERE published_at IS NULL;
CREATE INDEX outbox_messages_conversation_idx ON outbox_messages (tenant_id, conversation_id);

-- Imports that failed for good (dead-lettered), listed and replayed through the producer's admin API.
-- No foreign key to tenants: the consumer records what it received, even for a tenant it cannot serve.
CREATE TABLE import_failures (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    conversation_id  TEXT,
    message_id       UUID,
    reason_code      TEXT NOT NULL,
    reason           TEXT NOT NULL,
    payload          TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL DEFAULT 'OPEN',
    failed_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    replayed_at      TIMESTAMP WITH TIME ZONE,
    replay_count     INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT import_failures_status_chk CHECK (status IN ('OPEN', 'REPLAYED', 'RESOLVED'))
);

CREATE INDEX import_failures_tenant_status_idx ON import_failures (tenant_id, status, failed_at);
