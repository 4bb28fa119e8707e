-- The producer's retention deletes published outbox rows and old de-duplication rows per tenant by age.
CREATE INDEX outbox_messages_published_idx ON outbox_messages (tenant_id, published_at) WHERE published_at IS NOT NULL;
CREATE INDEX published_conversations_detected_idx ON published_conversations (tenant_id, detected_at);
