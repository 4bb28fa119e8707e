package io.callimport.producer.publishing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The relay's view of {@code outbox_messages}. Claiming locks rows with
 * {@code FOR UPDATE SKIP LOCKED} until the claiming transaction ends, so two relays (two
 * replicas) never publish the same row, and a row is marked published only after its
 * confirm.
 */
@Component
class OutboxStore {

	private final OutboxEntryRepository entries;

	OutboxStore(OutboxEntryRepository entries) {
		this.entries = entries;
	}

	/** Due rows of the tenant, oldest first, locked until the transaction ends. */
	List<OutboxMessage> claim(String tenantId, int limit) {
		return this.entries.claim(tenantId, limit).stream().map(OutboxEntry::message).toList();
	}

	void markPublished(List<UUID> ids) {
		this.entries.markPublished(ids);
	}

	void markFailed(UUID id, String error, Duration retryAfter) {
		this.entries.markFailed(id, error, retryAfter.toMillis());
	}

	/** Makes every waiting row due now: the broker is back. */
	int makeDue(String tenantId) {
		return this.entries.makeDue(tenantId);
	}

	long pending(String tenantId) {
		return this.entries.countByTenantIdAndPublishedAtIsNull(tenantId);
	}

}
