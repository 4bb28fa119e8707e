package io.callimport.model.messaging;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.amqp.core.Declarable;

/**
 * Names and shape of the RabbitMQ topology.
 *
 * <pre>
 * conversations (topic) --live.&lt;tenant&gt;--> conversations.live.&lt;tenant&gt; (quorum) --dead letter--> dead-letter
 * conversations (topic) --background.&lt;tenant&gt;--> conversations.background.&lt;tenant&gt; (quorum) --dead letter--> dead-letter
 * delay (headers, callimport-delay-tier) --> delay.&lt;tier&gt; (quorum, TTL) --expired, same routing key--> conversations
 * dead-letter (direct) --conversation.ended--> conversations.ended.dlq (quorum) --consumer records it--> (below)
 * dead-letter (direct) --conversation.ended.parked--> conversations.ended.parked (quorum)
 * analysis (topic) --call.ready--> analysis.calls-ready (quorum)
 * legacy: conversations --conversation.ended--> conversations.ended; retry (direct) --> conversations.ended.retry.&lt;tier&gt;
 * </pre>
 *
 * Every tenant has a queue per {@link ImportLane}, so one tenant's backlog never stands
 * in line before another tenant's calls, and reconciliation never before live calls; the
 * consumer serves the queues fairly. The queues of a tenant are declared by its producer
 * and by every consumer that knows the tenant ({@link #tenantDeclarables(String)}). A
 * delayed message keeps the routing key it was published with, so it returns to the queue
 * of its own tenant and lane.
 * <p>
 * Delays use one queue per fixed tier instead of per-message expiry, so a long delay
 * never holds a short one back. Changing a tier's TTL is a breaking change for a running
 * broker (queue arguments cannot change): add a tier instead.
 * <p>
 * The shared queue {@link #CONVERSATION_ENDED_QUEUE} and its retry tiers are what
 * releases before per-tenant queues used; they stay declared, and consumers still drain
 * the shared queue, so messages published by an older producer are imported.
 */
public final class MessagingTopology {

	public static final String CONVERSATIONS_EXCHANGE = "callimport.conversations";

	/**
	 * Routing key of the legacy shared queue; still the routing key of dead letters.
	 */
	public static final String CONVERSATION_ENDED_ROUTING_KEY = "conversation.ended";

	/** The legacy shared queue of every tenant, still drained by the consumers. */
	public static final String CONVERSATION_ENDED_QUEUE = "callimport.conversations.ended";

	/**
	 * Prefix of the per-tenant queues: {@code callimport.conversations.<lane>.<tenant>}.
	 */
	public static final String TENANT_QUEUE_PREFIX = "callimport.conversations.";

	/** The legacy retry exchange, returning to the shared queue. */
	public static final String RETRY_EXCHANGE = "callimport.retry";

	/**
	 * Headers exchange of the delay queues; {@link #DELAY_TIER_HEADER} picks the tier.
	 */
	public static final String DELAY_EXCHANGE = "callimport.delay";

	/**
	 * Header naming the delay tier of a message sent to {@link #DELAY_EXCHANGE}. Without
	 * the {@code x-} prefix of the other headers: a headers exchange ignores headers that
	 * start with {@code x-}, and would route the message to every tier.
	 */
	public static final String DELAY_TIER_HEADER = "callimport-delay-tier";

	public static final String DEAD_LETTER_EXCHANGE = "callimport.dead-letter";

	public static final String CONVERSATION_ENDED_DLQ = "callimport.conversations.ended.dlq";

	/**
	 * Where a dead letter goes once it is in the failures list (or cannot be, having no
	 * known tenant): the consumer moves every message of {@link #CONVERSATION_ENDED_DLQ}
	 * here, headers kept, so operators can still read each one.
	 */
	public static final String CONVERSATION_ENDED_PARKED_QUEUE = "callimport.conversations.ended.parked";

	/**
	 * Routing key of {@link #CONVERSATION_ENDED_PARKED_QUEUE} on the dead-letter
	 * exchange.
	 */
	public static final String PARKED_ROUTING_KEY = "conversation.ended.parked";

	public static final String ANALYSIS_EXCHANGE = "callimport.analysis";

	public static final String CALL_READY_ROUTING_KEY = "call.ready";

	public static final String CALL_READY_QUEUE = "callimport.analysis.calls-ready";

	public static final String CALL_READY_DLQ = "callimport.analysis.calls-ready.dlq";

	/**
	 * Header carrying the machine-readable reason of a dead-letter (e.g.
	 * {@code UNKNOWN_TENANT}).
	 */
	public static final String REASON_CODE_HEADER = "x-callimport-reason-code";

	/** Header carrying the human-readable reason of a dead-letter. */
	public static final String REASON_HEADER = "x-callimport-reason";

	/** Header counting import attempts across delay-queue retries. */
	public static final String ATTEMPT_HEADER = "x-callimport-attempt";

	/**
	 * Redeliveries (consumer crash, nack with requeue) after which the broker
	 * dead-letters a message itself, so a message that kills its consumer cannot loop
	 * forever.
	 */
	public static final int DELIVERY_LIMIT = 20;

	/** The delay tiers, shortest first. */
	public static final List<DelayTier> DELAY_TIERS = List.of(new DelayTier("1s", Duration.ofSeconds(1)),
			new DelayTier("5s", Duration.ofSeconds(5)), new DelayTier("30s", Duration.ofSeconds(30)),
			new DelayTier("2m", Duration.ofMinutes(2)), new DelayTier("10m", Duration.ofMinutes(10)));

	/**
	 * What a tenant id may look like (it becomes part of queue names and object keys).
	 */
	public static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

	private MessagingTopology() {
	}

	/**
	 * The queue of a tenant's messages of one lane.
	 * @throws IllegalArgumentException for a tenant id that cannot name a queue
	 */
	public static String queueFor(String tenantId, ImportLane lane) {
		return TENANT_QUEUE_PREFIX + routingKeyFor(tenantId, lane);
	}

	/**
	 * The routing key that brings a tenant's message of one lane to its queue.
	 * @throws IllegalArgumentException for a tenant id that cannot name a queue
	 */
	public static String routingKeyFor(String tenantId, ImportLane lane) {
		if (!TENANT_ID.matcher(tenantId).matches()) {
			throw new IllegalArgumentException("Not a valid tenant id: " + tenantId);
		}
		return lane.keyPrefix() + tenantId;
	}

	/**
	 * The queues of one tenant and their bindings; declaring them again is harmless.
	 */
	public static List<Declarable> tenantDeclarables(String tenantId) {
		return TenantQueues.declarables(tenantId);
	}

	/**
	 * The shortest tier whose delay is at least {@code wanted}, or the longest tier.
	 */
	public static DelayTier delayTierFor(Duration wanted) {
		for (DelayTier tier : DELAY_TIERS) {
			if (tier.delay().compareTo(wanted) >= 0) {
				return tier;
			}
		}
		return DELAY_TIERS.get(DELAY_TIERS.size() - 1);
	}

	/**
	 * One delay queue: a message published to {@link #RETRY_EXCHANGE} with
	 * {@link #routingKey()} returns to {@link #CONVERSATION_ENDED_QUEUE} after
	 * {@link #delay()}.
	 */
	public record DelayTier(String name, Duration delay) {

		public String routingKey() {
			return "retry." + this.name;
		}

		/** The legacy delay queue, returning to {@link #CONVERSATION_ENDED_QUEUE}. */
		public String queueName() {
			return CONVERSATION_ENDED_QUEUE + ".retry." + this.name;
		}

		/**
		 * The delay queue behind {@link #DELAY_EXCHANGE}, returning a message with its
		 * own routing key.
		 */
		public String delayQueueName() {
			return "callimport.delay." + this.name;
		}

	}

}
