package io.callimport.producer.detection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.publishing.ConversationOutbox;
import io.callimport.producer.publishing.PublishingMetrics;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Turns ended calls into {@code ConversationEnded} messages in the outbox, once per
 * conversation: a small memory of recent conversations spares the database the repeated
 * events (every agent's disconnect and wrap-up), and the outbox's unique key does the
 * rest. When the database cannot take a message it waits in a bounded backlog that is
 * retried; {@link #oldestUnsaved()} keeps the leader's "last live" moment before it, so a
 * crash with a backlog leaves a gap that is healed.
 */
@Component
public class DetectedEnds {

	private static final Logger log = LoggerFactory.getLogger(DetectedEnds.class);

	private static final int RECENT = 10_000;

	private static final int MAX_BACKLOG = 100_000;

	private final ConversationOutbox outbox;

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

	private final Deque<ConversationEnded> backlog = new ArrayDeque<>();

	DetectedEnds(ConversationOutbox outbox, PublishingMetrics metrics, Clock clock, TenantProperties tenant) {
		this.outbox = outbox;
		this.metrics = metrics;
		this.clock = clock;
		this.tenantId = tenant.id();
	}

	/** Stores the end; {@code false} when it had to go to the backlog. */
	boolean submit(EndedCall call) {
		if (this.recent.contains(call.conversationId())) {
			this.metrics.published(CallSource.WEBSOCKET.name(), "duplicate");
			return true;
		}
		ConversationEnded message = ConversationEnded.of(this.tenantId, call.conversationId(), call.agentUserId(),
				call.endedAt(), this.clock.instant(), CallSource.WEBSOCKET);
		try {
			if (this.outbox.enqueueOnce(message)) {
				log.info("Conversation {} ended for agent {}: enqueued", call.conversationId(), call.agentUserId());
			}
			this.recent.add(call.conversationId());
			return true;
		}
		catch (DataAccessException ex) {
			backlog(message, ex);
			return false;
		}
	}

	private void backlog(ConversationEnded message, DataAccessException ex) {
		synchronized (this.backlog) {
			if (this.backlog.size() >= MAX_BACKLOG) {
				ConversationEnded dropped = this.backlog.removeFirst();
				log.error("Backlog full: conversation {} is left to gap healing", dropped.conversationId());
			}
			this.backlog.addLast(message);
		}
		log.warn("Conversation {} ended but the database is unavailable; kept in memory: {}", message.conversationId(),
				ex.getMessage());
	}

	/** Retries the backlog while the database takes it. */
	@Scheduled(fixedDelayString = "${publishing.backlog-retry-interval:2s}")
	void retryBacklog() {
		while (true) {
			ConversationEnded next;
			synchronized (this.backlog) {
				next = this.backlog.peekFirst();
			}
			if (next == null) {
				return;
			}
			try {
				this.outbox.enqueueOnce(next);
			}
			catch (DataAccessException ex) {
				return;
			}
			synchronized (this.backlog) {
				this.backlog.remove(next);
			}
		}
	}

	/** When the oldest end still waiting for the database was detected. */
	public Optional<Instant> oldestUnsaved() {
		synchronized (this.backlog) {
			return Optional.ofNullable(this.backlog.peekFirst()).map(ConversationEnded::detectedAt);
		}
	}

}
