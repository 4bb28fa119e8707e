package io.callimport.producer.reconciliation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.publishing.ConversationOutbox;

/**
 * Calls that would otherwise wait for ever: published, but with no final status long
 * after (the message was lost, or dead-lettered where nobody recorded it), and FAILED
 * calls whose failure may pass by itself. Reconciliation publishes the first again; the
 * nightly run replays the second, at most
 * {@link StrandedCallsProperties#nightlyRetries()} times per call and only for
 * {@link StrandedCallsProperties#retryableReasons()}.
 */
@Component
class StrandedCalls {

	/** Calls of each kind one sweep publishes at most; the next night takes the rest. */
	static final int MAX_PER_SWEEP = 1000;

	private static final Logger log = LoggerFactory.getLogger(StrandedCalls.class);

	private final JdbcClient jdbc;

	private final ConversationOutbox outbox;

	private final StrandedCallsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	StrandedCalls(JdbcClient jdbc, ConversationOutbox outbox, StrandedCallsProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Of these conversations, those published (or published again) longer ago than the
	 * threshold whose call has no final status, and no message waits in the outbox.
	 */
	Set<String> stale(String tenantId, List<String> conversationIds) {
		if (conversationIds.isEmpty()) {
			return Set.of();
		}
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.properties.requeueAfter()));
		return new HashSet<>(this.jdbc.sql("""
				SELECT p.conversation_id FROM published_conversations p
				LEFT JOIN calls c ON c.tenant_id = p.tenant_id AND c.conversation_id = p.conversation_id
				WHERE p.tenant_id = :tenantId AND p.conversation_id = ANY(:ids)
				    AND COALESCE(p.requeued_at, p.detected_at) < :before
				    AND (c.id IS NULL OR (c.status = 'PENDING' AND c.updated_at < :before))
				    AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.tenant_id = p.tenant_id
				        AND o.conversation_id = p.conversation_id AND o.published_at IS NULL)
				""")
			.param("tenantId", tenantId)
			.param("ids", conversationIds.toArray(String[]::new))
			.param("before", before)
			.query(String.class)
			.list());
	}

	/** Publishes a stranded conversation of a window again. */
	void requeue(String tenantId, FoundConversation conversation, CallSource source) {
		requeue(tenantId, conversation.conversationId(), conversation.agentUserId(), conversation.end(), source);
	}

	/** The message and the mark in one transaction. */
	private void requeue(String tenantId, String conversationId, @Nullable String agentUserId,
			@Nullable Instant endedAt, CallSource source) {
		ConversationEnded message = ConversationEnded.of(tenantId, conversationId, agentUserId, endedAt,
				this.clock.instant(), source);
		this.transactions.executeWithoutResult((status) -> mark(tenantId, conversationId, message));
		log.warn("Conversation {} was published long ago and has no final status: published again as {}",
				conversationId, message.messageId());
	}

	private void mark(String tenantId, String conversationId, ConversationEnded message) {
		this.outbox.enqueueAgain(message);
		this.jdbc.sql("""
				UPDATE published_conversations SET requeued_at = :now
				WHERE tenant_id = :tenantId AND conversation_id = :conversationId
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("tenantId", tenantId)
			.param("conversationId", conversationId)
			.update();
	}

	/**
	 * The nightly sweep, whatever the window: publishes again every conversation of the
	 * horizon that is stranded, and replays every OPEN failure of the horizon the policy
	 * allows (a retryable reason, fewer nightly replays of the call than the limit). Each
	 * is marked, so a second sweep does not repeat it.
	 * @return how many were enqueued
	 */
	int sweep(String tenantId) {
		Instant now = this.clock.instant();
		Timestamp horizon = Timestamp.from(now.minus(this.properties.horizon()));
		Timestamp before = Timestamp.from(now.minus(this.properties.requeueAfter()));
		List<Stranded> stranded = this.jdbc.sql("""
				SELECT p.conversation_id, p.agent_user_id, p.ended_at FROM published_conversations p
				LEFT JOIN calls c ON c.tenant_id = p.tenant_id AND c.conversation_id = p.conversation_id
				WHERE p.tenant_id = :tenantId AND p.detected_at >= :horizon
				    AND COALESCE(p.requeued_at, p.detected_at) < :before
				    AND (c.id IS NULL OR (c.status = 'PENDING' AND c.updated_at < :before))
				    AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.tenant_id = p.tenant_id
				        AND o.conversation_id = p.conversation_id AND o.published_at IS NULL)
				ORDER BY p.detected_at LIMIT :limit
				""")
			.param("tenantId", tenantId)
			.param("horizon", horizon)
			.param("before", before)
			.param("limit", MAX_PER_SWEEP)
			.query((rs, row) -> new Stranded(rs.getString("conversation_id"), rs.getString("agent_user_id"),
					instant(rs.getTimestamp("ended_at"))))
			.list();
		int enqueued = 0;
		for (Stranded call : stranded) {
			requeue(tenantId, call.conversationId(), call.agentUserId(), call.endedAt(), CallSource.RECONCILIATION);
			enqueued++;
		}
		if (this.properties.nightlyRetries() == 0) {
			return enqueued;
		}
		List<Failed> failed = this.jdbc.sql("""
				SELECT f.id, f.conversation_id, c.agent_user_id, c.ended_at FROM import_failures f
				LEFT JOIN calls c ON c.tenant_id = f.tenant_id AND c.conversation_id = f.conversation_id
				WHERE f.tenant_id = :tenantId AND f.status = 'OPEN' AND f.conversation_id IS NOT NULL
				    AND f.failed_at >= :horizon AND f.reason_code = ANY(:reasons)
				    AND (SELECT count(*) FROM import_failures g WHERE g.tenant_id = f.tenant_id
				        AND g.conversation_id = f.conversation_id AND g.auto_replayed_at IS NOT NULL) < :retries
				ORDER BY f.failed_at LIMIT :limit
				""")
			.param("tenantId", tenantId)
			.param("horizon", horizon)
			.param("reasons", this.properties.retryableReasons().toArray(String[]::new))
			.param("retries", this.properties.nightlyRetries())
			.param("limit", MAX_PER_SWEEP)
			.query((rs, row) -> new Failed(rs.getObject("id", UUID.class), rs.getString("conversation_id"),
					rs.getString("agent_user_id"), instant(rs.getTimestamp("ended_at"))))
			.list();
		for (Failed failure : failed) {
			enqueued += retry(tenantId, failure) ? 1 : 0;
		}
		return enqueued;
	}

	/**
	 * Replays a failure as the failures API does, counted as a nightly replay.
	 * @return false when it is no longer OPEN (an operator replayed it meanwhile)
	 */
	private boolean retry(String tenantId, Failed failure) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> replay(tenantId, failure)));
	}

	/** The failure marked and the message, in one transaction. */
	private boolean replay(String tenantId, Failed failure) {
		int replayed = this.jdbc.sql("""
				UPDATE import_failures SET status = 'REPLAYED', replayed_at = now(), replay_count = replay_count + 1,
				    auto_replayed_at = now()
				WHERE id = :id AND tenant_id = :tenantId AND status = 'OPEN'
				""").param("id", failure.id()).param("tenantId", tenantId).update();
		if (replayed == 0) {
			return false;
		}
		ConversationEnded message = ConversationEnded.of(tenantId, failure.conversationId(), failure.agentUserId(),
				failure.endedAt(), this.clock.instant(), CallSource.RECONCILIATION);
		this.outbox.enqueueAgain(message);
		log.info("Nightly run replays failure {} of conversation {} as message {}", failure.id(),
				failure.conversationId(), message.messageId());
		return true;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Stranded(String conversationId, @Nullable String agentUserId, @Nullable Instant endedAt) {
	}

	private record Failed(UUID id, String conversationId, @Nullable String agentUserId, @Nullable Instant endedAt) {
	}

}
