package io.callimport.producer.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.failure.ImportFailureRepository;
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

	private final EntityManager entityManager;

	private final ConversationOutbox outbox;

	private final ImportFailureRepository failures;

	private final StrandedCallsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	StrandedCalls(EntityManager entityManager, ConversationOutbox outbox, ImportFailureRepository failures,
			StrandedCallsProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.outbox = outbox;
		this.failures = failures;
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
		Instant before = this.clock.instant().minus(this.properties.requeueAfter());
		// native: an anti-join over three features' tables (outbox, calls) by an array of
		// ids
		List<?> stale = this.entityManager.createNativeQuery("""
				SELECT p.conversation_id FROM published_conversations p
				LEFT JOIN calls c ON c.tenant_id = p.tenant_id AND c.conversation_id = p.conversation_id
				WHERE p.tenant_id = :tenantId AND p.conversation_id = ANY(:ids)
				    AND COALESCE(p.requeued_at, p.detected_at) < :before
				    AND (c.id IS NULL OR (c.status = 'PENDING' AND c.updated_at < :before))
				    AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.tenant_id = p.tenant_id
				        AND o.conversation_id = p.conversation_id AND o.published_at IS NULL)
				""", String.class)
			.setParameter("tenantId", tenantId)
			.setParameter("ids", conversationIds.toArray(String[]::new))
			.setParameter("before", before)
			.getResultList();
		Set<String> ids = new HashSet<>();
		stale.forEach((id) -> ids.add((String) id));
		return ids;
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
		this.outbox.enqueueRequeued(message, this.clock.instant());
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
		Instant horizon = now.minus(this.properties.horizon());
		Instant before = now.minus(this.properties.requeueAfter());
		// native: an anti-join over three features' tables (outbox, calls)
		List<Stranded> stranded = read(() -> rows("""
				SELECT p.conversation_id, p.agent_user_id, p.ended_at FROM published_conversations p
				LEFT JOIN calls c ON c.tenant_id = p.tenant_id AND c.conversation_id = p.conversation_id
				WHERE p.tenant_id = :tenantId AND p.detected_at >= :horizon
				    AND COALESCE(p.requeued_at, p.detected_at) < :before
				    AND (c.id IS NULL OR (c.status = 'PENDING' AND c.updated_at < :before))
				    AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.tenant_id = p.tenant_id
				        AND o.conversation_id = p.conversation_id AND o.published_at IS NULL)
				ORDER BY p.detected_at LIMIT :limit
				""").addScalar("conversation_id", String.class)
			.addScalar("agent_user_id", String.class)
			.addScalar("ended_at", Instant.class)
			.setParameter("tenantId", tenantId)
			.setParameter("horizon", horizon)
			.setParameter("before", before)
			.setParameter("limit", MAX_PER_SWEEP)
			.getResultList()
			.stream()
			.map((row) -> new Stranded((String) row[0], (String) row[1], (Instant) row[2]))
			.toList());
		int enqueued = 0;
		for (Stranded call : stranded) {
			requeue(tenantId, call.conversationId(), call.agentUserId(), call.endedAt(), CallSource.RECONCILIATION);
			enqueued++;
		}
		if (this.properties.nightlyRetries() == 0) {
			return enqueued;
		}
		// native: joins calls (another feature's table) and counts earlier nightly
		// replays
		// of the conversation in a correlated subquery, with an array of reasons
		List<Failed> failed = read(() -> rows("""
				SELECT f.id, f.conversation_id, c.agent_user_id, c.ended_at FROM import_failures f
				LEFT JOIN calls c ON c.tenant_id = f.tenant_id AND c.conversation_id = f.conversation_id
				WHERE f.tenant_id = :tenantId AND f.status = 'OPEN' AND f.conversation_id IS NOT NULL
				    AND f.failed_at >= :horizon AND f.reason_code = ANY(:reasons)
				    AND (SELECT count(*) FROM import_failures g WHERE g.tenant_id = f.tenant_id
				        AND g.conversation_id = f.conversation_id AND g.auto_replayed_at IS NOT NULL) < :retries
				ORDER BY f.failed_at LIMIT :limit
				""").addScalar("id", UUID.class)
			.addScalar("conversation_id", String.class)
			.addScalar("agent_user_id", String.class)
			.addScalar("ended_at", Instant.class)
			.setParameter("tenantId", tenantId)
			.setParameter("horizon", horizon)
			.setParameter("reasons", this.properties.retryableReasons().toArray(String[]::new))
			.setParameter("retries", this.properties.nightlyRetries())
			.setParameter("limit", MAX_PER_SWEEP)
			.getResultList()
			.stream()
			.map((row) -> new Failed((UUID) row[0], (String) row[1], (String) row[2], (Instant) row[3]))
			.toList());
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
		int replayed = this.failures.markAutoReplayed(failure.id(), tenantId);
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

	/** In a transaction, which closes the entity manager of an unwrapped query. */
	private <T> List<T> read(Supplier<List<T>> query) {
		List<T> rows = this.transactions.execute((status) -> query.get());
		return (rows != null) ? rows : List.of();
	}

	@SuppressWarnings("unchecked")
	private NativeQuery<Object[]> rows(String sql) {
		return this.entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
	}

	private record Stranded(String conversationId, @Nullable String agentUserId, @Nullable Instant endedAt) {
	}

	private record Failed(UUID id, String conversationId, @Nullable String agentUserId, @Nullable Instant endedAt) {
	}

}
