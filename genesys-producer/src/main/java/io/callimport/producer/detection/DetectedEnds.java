package io.callimport.producer.detection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.publishing.ConversationOutbox;
import io.callimport.producer.publishing.ParkedConversations;
import io.callimport.producer.publishing.PublishingMetrics;
import io.callimport.producer.publishing.PublishingProperties;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Turns ended calls into {@code ConversationEnded} messages in the outbox, once per
 * conversation: a small memory of recent conversations spares the database the repeated
 * events (every agent's disconnect and wrap-up), and the outbox's unique key does the
 * rest. When the database cannot take a message it waits in a bounded backlog that is
 * retried message by message; {@link #oldestUnsaved()} keeps the leader's "last live"
 * moment before it, so a crash with a backlog leaves a gap that is healed. A message the
 * database refuses for its content, and a call whose id is malformed, are parked as
 * import failures instead, so they neither block the backlog nor pin the last live
 * moment.
 */
@Component
public class DetectedEnds implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DetectedEnds.class);

	private static final int RECENT = 10_000;

	private static final int MAX_BACKLOG = 100_000;

	private final ConversationOutbox outbox;

	private final ParkedConversations parked;

	private final PublishingMetrics metrics;

	private final Clock clock;

	private final String tenantId;

	private final Set<String> recent = Collections
		.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<String, Boolean>(1024, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > RECENT;
			}
		}));

	private final EndsBacklog backlog;

	private final TaskScheduler scheduler;

	private final Duration backlogRetryInterval;

	DetectedEnds(ConversationOutbox outbox, ParkedConversations parked, PublishingMetrics metrics, Clock clock,
			TenantProperties tenant, TaskScheduler scheduler, PublishingProperties publishing) {
		this.outbox = outbox;
		this.scheduler = scheduler;
		this.backlogRetryInterval = publishing.backlogRetryInterval();
		this.parked = parked;
		this.metrics = metrics;
		this.clock = clock;
		this.tenantId = tenant.id();
		this.backlog = new EndsBacklog(MAX_BACKLOG, clock);
	}

	/** Stores the end; {@code false} when it had to go to the backlog. */
	boolean submit(EndedCall call) {
		if (this.recent.contains(call.conversationId())) {
			this.metrics.published(CallSource.WEBSOCKET.name(), "duplicate");
			return true;
		}
		ConversationEnded message = message(call);
		EndsBacklog.Outcome outcome = store(message);
		if (outcome == EndsBacklog.Outcome.STORED || outcome == EndsBacklog.Outcome.PARKED) {
			return true;
		}
		this.backlog.add(message)
			.ifPresent((dropped) -> log.error("Backlog full: conversation {} is left to gap healing",
					dropped.conversationId()));
		log.warn("Conversation {} ended but could not be stored ({}); kept in memory", message.conversationId(),
				(outcome == EndsBacklog.Outcome.DATABASE_UNAVAILABLE) ? "database unavailable" : "database error");
		return false;
	}

	/**
	 * Parks a call whose id is not a Genesys conversation id, once per id while it is
	 * remembered; when the database cannot take it either, it is logged and dropped (it
	 * could never be imported).
	 */
	void park(EndedCall call, String reason) {
		if (!this.recent.add(call.conversationId())) {
			return;
		}
		try {
			this.parked.park(message(call), ParkedConversations.INVALID_CONVERSATION_ID, reason);
		}
		catch (DataAccessException ex) {
			log.error("Dropped a call end that could not be parked ({}): {}", reason, ex.getMessage());
		}
	}

	/** Retries the backlog every {@code publishing.backlog-retry-interval}. */
	@Override
	public void afterSingletonsInstantiated() {
		this.scheduler.scheduleWithFixedDelay(this::retryBacklog, this.backlogRetryInterval);
	}

	/** Retries the due part of the backlog, message by message. */
	void retryBacklog() {
		this.backlog.retry(this::store);
	}

	/** When the oldest end still waiting for the database was detected. */
	public Optional<Instant> oldestUnsaved() {
		return this.backlog.oldestDetected();
	}

	private ConversationEnded message(EndedCall call) {
		return ConversationEnded.of(this.tenantId, call.conversationId(), call.agentUserId(), call.endedAt(),
				this.clock.instant(), CallSource.WEBSOCKET);
	}

	private EndsBacklog.Outcome store(ConversationEnded message) {
		try {
			if (this.outbox.enqueueOnce(message)) {
				log.info("Conversation {} ended for agent {}: enqueued", message.conversationId(),
						message.agentUserId());
			}
			this.recent.add(message.conversationId());
			return EndsBacklog.Outcome.STORED;
		}
		catch (DataIntegrityViolationException ex) {
			return parkRejected(message, ex);
		}
		catch (DataAccessException ex) {
			if (unavailable(ex)) {
				return EndsBacklog.Outcome.DATABASE_UNAVAILABLE;
			}
			log.warn("Conversation {} could not be stored; retried on its own: {}", message.conversationId(),
					ex.getMessage());
			return EndsBacklog.Outcome.FAILED;
		}
	}

	/**
	 * The database refused the message's rows for their content: retrying cannot help.
	 */
	private EndsBacklog.Outcome parkRejected(ConversationEnded message, DataIntegrityViolationException rejected) {
		try {
			this.parked.park(message, ParkedConversations.REJECTED_BY_DATABASE,
					"PostgreSQL refused the conversation's outbox rows: "
							+ rejected.getMostSpecificCause().getMessage());
			this.recent.add(message.conversationId());
			return EndsBacklog.Outcome.PARKED;
		}
		catch (DataAccessException ex) {
			return unavailable(ex) ? EndsBacklog.Outcome.DATABASE_UNAVAILABLE : EndsBacklog.Outcome.FAILED;
		}
	}

	/** An outage rather than a problem of one message. */
	static boolean unavailable(DataAccessException ex) {
		return ex instanceof TransientDataAccessException || ex instanceof RecoverableDataAccessException
				|| ex instanceof DataAccessResourceFailureException;
	}

}
