-- The Genesys request budget shared by every producer and consumer process (genesys-client, Bucket4j's
-- PostgreSQL proxy manager with SELECT … FOR UPDATE). One row per token bucket: id is the OAuth client id
-- (the bucket every request of that client takes a permit from) or '<client id>/background' (the cap of
-- the background lane); state is Bucket4j's serialised bucket (its configuration and tokens), NULL for
-- the moment between Bucket4j inserting the row and writing its first state.
CREATE TABLE genesys_request_budget (
    id    TEXT PRIMARY KEY,
    state BYTEA
);

-- Pauses of an OAuth client after a 429 or a used-up rate-limit window. Processes that see the same
-- limit at once lock the client's row here, one after the other, while they drive its bucket into
-- debt, so the pause is applied once, not once per process. paused_until is the end of the latest
-- pause applied (NULL before the first): a pause ending within a second of it is the same one seen
-- again (Retry-After counts whole seconds); operators can read it too.
CREATE TABLE genesys_request_pause (
    client_id    TEXT PRIMARY KEY,
    paused_until TIMESTAMP WITH TIME ZONE
);
