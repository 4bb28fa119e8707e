package io.callimport.model.messaging;

import java.time.Duration;
import java.util.List;

/**
 * Names and shape of the RabbitMQ topology.
 *
 * <pre>
 * conversations (topic) --conversation.ended--> conversations.ended (quorum) --dead letter--> dead-letter
 * retry (direct) --retry.&lt;tier&gt;--> conversations.ended.retry.&lt;tier&gt; (quorum, TTL) --expired--> conversations
 * dead-letter (direct) --conversation.ended--> conversations.ended.dlq (quorum)
 * analysis (topic) --call.ready--> analysis.calls-ready (quorum)
 * </pre>
 *
 * Delays use one queue per fixed tier instead of per-message expiry, so a long delay
 * never holds a short one back. Changing a tier's TTL is a breaking change for a running
 * broker (queue arguments cannot change): add a tier instead.
 */
public final class MessagingTopology {

	public static final String CONVERSATIONS_EXCHANGE = "callimport.conversations";

	public static final String CONVERSATION_ENDED_ROUTING_KEY = "conversation.ended";

	public static final String CONVERSATION_ENDED_QUEUE = "callimport.conversations.ended";

	public static final String RETRY_EXCHANGE = "callimport.retry";

	public static final String DEAD_LETTER_EXCHANGE = "callimport.dead-letter";

	public static final String CONVERSATION_ENDED_DLQ = "callimport.conversations.ended.dlq";

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

	private MessagingTopology() {
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

		public String queueName() {
			return CONVERSATION_ENDED_QUEUE + ".retry." + this.name;
		}

	}

}
