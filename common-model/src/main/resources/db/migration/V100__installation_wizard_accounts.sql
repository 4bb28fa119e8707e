-- Installation module (V100+): the tenants' wizard accounts of the External API and their failed sign-ins.

-- One account per tenant and username, created by the platform's operator; only a password hash is kept
-- (Spring Security's delegating encoder, e.g. {bcrypt}$2a$…).
CREATE TABLE wizard_accounts (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT NOT NULL REFERENCES tenants (id),
    username             TEXT NOT NULL,
    password_hash        TEXT NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    last_sign_in_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT wizard_accounts_tenant_username_key UNIQUE (tenant_id, username)
);

-- Consecutive failed sign-ins per tenant name and username as typed (lower-cased username), whether or not an
-- account exists, so that a lock says nothing about which accounts exist. A success deletes the row; a lock
-- (locked_until) ends by itself or when the operator lifts it. Stale rows of names without an account are
-- deleted as new failures arrive.
CREATE TABLE wizard_sign_in_failures (
    tenant_id        TEXT NOT NULL,
    username         TEXT NOT NULL,
    failures         INTEGER NOT NULL,
    first_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, username)
);

CREATE INDEX wizard_sign_in_failures_last_failed_idx ON wizard_sign_in_failures (last_failed_at);
