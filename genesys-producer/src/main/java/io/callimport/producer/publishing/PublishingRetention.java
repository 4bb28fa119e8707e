package io.callimport.producer.publishing;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import io.callimport.producer.tenant.TenantProperties;

/**
 * Keeps the outbox and the de-duplication memory from growing without end: deletes the
 * tenant's published outbox rows and its old {@code published_conversations} rows, a
 * batch per statement. Every replica may run it; the deletes are idempotent.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class PublishingRetention {

	private static final Logger log = LoggerFactory.getLogger(PublishingRetention.class);

	private final OutboxEntryRepository entries;

	private final PublishedConversationRepository conversations;

	private final RetentionProperties properties;

	private final Clock clock;

	private final String tenantId;

	PublishingRetention(OutboxEntryRepository entries, PublishedConversationRepository conversations,
			RetentionProperties properties, Clock clock, TenantProperties tenant) {
		this.entries = entries;
		this.conversations = conversations;
		this.properties = properties;
		this.clock = clock;
		this.tenantId = tenant.id();
	}

	@Scheduled(fixedDelayString = "${retention.interval:1h}", initialDelayString = "${retention.interval:1h}")
	void scheduled() {
		try {
			deleteExpired();
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Deleting expired outbox rows failed; trying again at the next run: {}", ex.getMessage());
		}
	}

	/** Deletes what has expired; returns the rows deleted from each table. */
	public Deleted deleteExpired() {
		Instant now = this.clock.instant();
		long outbox = deleteInBatches(this.entries::deletePublishedBefore, now.minus(this.properties.outbox()));
		long conversations = deleteInBatches(this.conversations::deleteDetectedBefore,
				now.minus(this.properties.publishedConversations()));
		if (outbox + conversations > 0) {
			log.info("Retention: deleted {} published outbox row(s) and {} de-duplication row(s)", outbox,
					conversations);
		}
		return new Deleted(outbox, conversations);
	}

	private long deleteInBatches(BatchDelete delete, Instant before) {
		long total = 0;
		int deleted;
		do {
			deleted = delete.delete(this.tenantId, before, this.properties.batchSize());
			total += deleted;
		}
		while (deleted == this.properties.batchSize());
		return total;
	}

	/** Deletes one batch (each in its own transaction), returning the rows deleted. */
	private interface BatchDelete {

		int delete(String tenantId, Instant before, int batch);

	}

	/** Rows deleted by one run. */
	public record Deleted(long outboxMessages, long publishedConversations) {

	}

}
