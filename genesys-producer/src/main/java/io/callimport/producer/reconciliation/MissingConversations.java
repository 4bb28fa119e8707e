package io.callimport.producer.reconciliation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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
 * published. A conversation published long ago whose call still has no final status is
 * published again, and the nightly run sweeps for those and for FAILED calls whose
 * failure may pass by itself ({@link StrandedCalls}); all count as requeued.
 */
@Component
class MissingConversations {

	private static final Logger log = LoggerFactory.getLogger(MissingConversations.class);

	private final ImportStates states;

	private final ConversationOutbox outbox;

	private final PublishPacing pacing;

	private final ParkedConversations parked;

	private final StrandedCalls stranded;

	private final Clock clock;

	MissingConversations(ImportStates states, ConversationOutbox outbox, ParkedConversations parked,
			PublishPacing pacing, StrandedCalls stranded, Clock clock) {
		this.states = states;
		this.outbox = outbox;
		this.parked = parked;
		this.pacing = pacing;
		this.stranded = stranded;
		this.clock = clock;
	}

	/**
	 * @param paced whether to wait for room in the conversations queue while publishing
	 */
	WindowCounts requeue(String tenantId, RunKind kind, List<FoundConversation> listed, boolean paced,
			BooleanSupplier keepGoing) {
		List<FoundConversation> found = withValidIds(tenantId, kind, listed);
		List<String> ids = found.stream().map(FoundConversation::conversationId).toList();
		Map<String, State> current = this.states.of(tenantId, ids);
		Set<String> stale = this.stranded.stale(tenantId, ids);
		int imported = 0;
		int inFlight = 0;
		int requeued = 0;
		int failed = 0;
		int attempted = 0;
		for (FoundConversation conversation : found) {
			State state = current.get(conversation.conversationId());
			boolean strandedCall = state == State.IN_FLIGHT && stale.contains(conversation.conversationId());
			if (state == State.IMPORTED) {
				imported++;
				continue;
			}
			if (state == State.IN_FLIGHT && !strandedCall) {
				inFlight++;
				continue;
			}
			if (paced && attempted++ % this.pacing.checkEvery() == 0) {
				this.pacing.awaitRoom(keepGoing);
			}
			Boolean enqueued = strandedCall ? again(() -> {
				this.stranded.requeue(tenantId, conversation, source(kind));
				return true;
			}) : publish(tenantId, kind, conversation);
			requeued += Boolean.TRUE.equals(enqueued) ? 1 : 0;
			inFlight += Boolean.FALSE.equals(enqueued) ? 1 : 0;
			failed += (enqueued == null) ? 1 : 0;
		}
		if (kind == RunKind.NIGHTLY) {
			Integer swept = again(() -> this.stranded.sweep(tenantId));
			requeued += (swept != null) ? swept : 0;
			failed += (swept == null) ? 1 : 0;
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
		return ConversationEnded.of(tenantId, conversation.conversationId(), conversation.agentUserId(),
				conversation.end(), this.clock.instant(), source(kind));
	}

	private static CallSource source(RunKind kind) {
		return (kind == RunKind.BACKFILL) ? CallSource.BACKFILL : CallSource.RECONCILIATION;
	}

	/**
	 * Publishes a stranded or failed call again: what the enqueueing returned, null on
	 * failure.
	 */
	private <T> @Nullable T again(Supplier<T> enqueue) {
		try {
			return enqueue.get();
		}
		catch (DataAccessException ex) {
			log.warn("A stranded or failed conversation could not be enqueued again: {}", ex.getMessage());
			return null;
		}
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
