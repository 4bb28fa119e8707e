package io.callimport.producer.reconciliation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.publishing.ConversationIds;
import io.callimport.producer.publishing.ConversationOutbox;
import io.callimport.producer.publishing.ParkedConversations;
import io.callimport.producer.reconciliation.ImportStates.State;

/**
 * Compares listed conversations with what is imported or on its way and publishes the
 * rest through the outbox, which de-duplicates against everything published before (so a
 * conversation the websocket reports meanwhile is still published once). Source BACKFILL
 * for backfills, RECONCILIATION otherwise. A listed id that is not a UUID is parked, not
 * published.
 */
@Component
class MissingConversations {

	private static final Logger log = LoggerFactory.getLogger(MissingConversations.class);

	private final ImportStates states;

	private final ConversationOutbox outbox;

	private final PublishPacing pacing;

	private final ParkedConversations parked;

	private final Clock clock;

	MissingConversations(ImportStates states, ConversationOutbox outbox, ParkedConversations parked,
			PublishPacing pacing, Clock clock) {
		this.states = states;
		this.outbox = outbox;
		this.parked = parked;
		this.pacing = pacing;
		this.clock = clock;
	}

	/**
	 * @param paced whether to wait for room in the conversations queue while publishing
	 */
	WindowCounts requeue(String tenantId, RunKind kind, List<FoundConversation> listed, boolean paced,
			BooleanSupplier keepGoing) {
		List<FoundConversation> found = withValidIds(tenantId, kind, listed);
		Map<String, State> current = this.states.of(tenantId,
				found.stream().map(FoundConversation::conversationId).toList());
		int imported = 0;
		int inFlight = 0;
		int requeued = 0;
		int failed = 0;
		int attempted = 0;
		for (FoundConversation conversation : found) {
			State state = current.get(conversation.conversationId());
			if (state == State.IMPORTED) {
				imported++;
				continue;
			}
			if (state == State.IN_FLIGHT) {
				inFlight++;
				continue;
			}
			if (paced && attempted++ % this.pacing.checkEvery() == 0) {
				this.pacing.awaitRoom(keepGoing);
			}
			Boolean enqueued = publish(tenantId, kind, conversation);
			requeued += Boolean.TRUE.equals(enqueued) ? 1 : 0;
			inFlight += Boolean.FALSE.equals(enqueued) ? 1 : 0;
			failed += (enqueued == null) ? 1 : 0;
		}
		return new WindowCounts(found.size(), imported, inFlight, requeued, failed);
	}

	/**
	 * The conversations whose id is a Genesys conversation id; the others are parked (an
	 * operator sees them among the failures) and not counted, so they never fail a run.
	 */
	private List<FoundConversation> withValidIds(String tenantId, RunKind kind, List<FoundConversation> listed) {
		List<FoundConversation> valid = new ArrayList<>(listed.size());
		for (FoundConversation conversation : listed) {
			if (ConversationIds.isValid(conversation.conversationId())) {
				valid.add(conversation);
				continue;
			}
			try {
				this.parked.park(message(tenantId, kind, conversation), ParkedConversations.INVALID_CONVERSATION_ID,
						"analytics listed a conversation (" + kind + " reconciliation) whose id is not a UUID");
			}
			catch (DataAccessException ex) {
				log.warn("A conversation with a malformed id could not be parked: {}", ex.getMessage());
			}
		}
		return valid;
	}

	private ConversationEnded message(String tenantId, RunKind kind, FoundConversation conversation) {
		CallSource source = (kind == RunKind.BACKFILL) ? CallSource.BACKFILL : CallSource.RECONCILIATION;
		return ConversationEnded.of(tenantId, conversation.conversationId(), conversation.agentUserId(),
				conversation.end(), this.clock.instant(), source);
	}

	/**
	 * Whether it was enqueued, {@code false} when it was published meanwhile, null on
	 * failure.
	 */
	private @Nullable Boolean publish(String tenantId, RunKind kind, FoundConversation conversation) {
		MDC.put("conversationId", conversation.conversationId());
		try {
			boolean enqueued = this.outbox.enqueueOnce(message(tenantId, kind, conversation));
			if (enqueued) {
				log.info("Conversation {} was missing ({} reconciliation): enqueued", conversation.conversationId(),
						kind);
			}
			return enqueued;
		}
		catch (DataAccessException ex) {
			log.warn("Conversation {} could not be enqueued: {}", conversation.conversationId(), ex.getMessage());
			return null;
		}
		finally {
			MDC.remove("conversationId");
		}
	}

}
