package io.callimport.producer.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	private final Clock clock;

	private final String tenantId;

	PublishingRetention(JdbcClient jdbc, RetentionProperties properties, Clock clock, TenantProperties tenant) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.tenantId = tenant.id();
	}

	@Scheduled(fixedDelayString = "${retention.interval:1h}", initialDelayString = "${retention.interval:1h}")
	void scheduled() {
		try {
			deleteExpired();
		}
		catch (DataAccessException ex) {
			log.warn("Deleting expired outbox rows failed; trying again at the next run: {}", ex.getMessage());
		}
	}

	/** Deletes what has expired; returns the rows deleted from each table. */
	public Deleted deleteExpired() {
		Instant now = this.clock.instant();
		long outbox = deleteInBatches("""
				DELETE FROM outbox_messages WHERE id IN (
				    SELECT id FROM outbox_messages
				    WHERE tenant_id = :tenantId AND published_at IS NOT NULL AND published_at < :before
				    LIMIT :batch)
				""", now.minus(this.properties.outbox()));
		long conversations = deleteInBatches("""
				DELETE FROM published_conversations WHERE (tenant_id, conversation_id) IN (
				    SELECT tenant_id, conversation_id FROM published_conversations
				    WHERE tenant_id = :tenantId AND detected_at < :before
				    LIMIT :batch)
				""", now.minus(this.properties.publishedConversations()));
		if (outbox + conversations > 0) {
			log.info("Retention: deleted {} published outbox row(s) and {} de-duplication row(s)", outbox,
					conversations);
		}
		return new Deleted(outbox, conversations);
	}

	private long deleteInBatches(String sql, Instant before) {
		long total = 0;
		int deleted;
		do {
			deleted = this.jdbc.sql(sql)
				.param("tenantId", this.tenantId)
				.param("before", Timestamp.from(before))
				.param("batch", this.properties.batchSize())
				.update();
			total += deleted;
		}
		while (deleted == this.properties.batchSize());
		return total;
	}

	/** Rows deleted by one run. */
	public record Deleted(long outboxMessages, long publishedConversations) {

	}

}
