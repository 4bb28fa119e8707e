package io.callimport.simulator.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Starts calls: plans them, registers them and, for live calls, announces each change at
 * its time. Historic calls (started in the past) are registered already finished.
 */
@Service
public class CallService {

	private static final Logger log = LoggerFactory.getLogger(CallService.class);

	private final ConversationRegistry conversations;

	private final ScheduledExecutorService scheduler;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallService(ConversationRegistry conversations, ScheduledExecutorService scheduler,
			ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.scheduler = scheduler;
		this.events = events;
		this.clock = clock;
	}

	public List<String> start(SimulatedOrganization org, CallRequest request) {
		Instant now = this.clock.instant();
		Instant startedAt = request.startedAt();
		if (startedAt != null && !startedAt.plus(request.duration()).plus(request.wrapUp()).isBefore(now)) {
			throw new IllegalArgumentException("startedAt must lie far enough in the past for the call to be over");
		}
		List<String> ids = new ArrayList<>();
		for (int n = 0; n < request.count(); n++) {
			Conversation conversation = CallPlanner.plan(org, request, (startedAt != null) ? startedAt : now);
			this.conversations.add(conversation);
			if (!conversation.historic()) {
				scheduleChanges(conversation, now);
			}
			ids.add(conversation.id());
		}
		log.debug("Started {} call(s) in {}: {}", ids.size(), org.id(), ids);
		return ids;
	}

	private void scheduleChanges(Conversation conversation, Instant now) {
		for (Instant at : conversation.changeTimes()) {
			long delay = Math.max(0, Duration.between(now, at).toMillis());
			this.scheduler.schedule(() -> announce(conversation, at), delay, TimeUnit.MILLISECONDS);
		}
	}

	private void announce(Conversation conversation, Instant at) {
		boolean current = this.conversations.find(conversation.organizationId(), conversation.id())
			.filter((registered) -> registered == conversation)
			.isPresent();
		if (!current) {
			return; // its organisation was deleted or replaced
		}
		try {
			this.events.publishEvent(new ConversationChanged(conversation, at));
		}
		catch (RuntimeException ex) {
			log.warn("Announcing {} at {} failed", conversation.id(), at, ex);
		}
	}

}
