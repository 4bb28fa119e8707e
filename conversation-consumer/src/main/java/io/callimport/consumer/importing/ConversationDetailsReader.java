package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.conversations.Conversation;
import io.callimport.genesys.conversations.ConversationDetailsGateway;
import io.callimport.genesys.failure.GenesysException;

/**
 * Fetches the analytics details of a batch's conversations in one request (one id: the
 * single-conversation endpoint; more: the multi-id one, up to 100 ids). Analytics lags
 * the end of a call: a conversation it does not know, or one without an end, means
 * "later" until the details wait is over, for that call alone.
 */
@Component
class ConversationDetailsReader {

	/** The most ids one details request takes. */
	static final int MAX_IDS = ConversationDetailsGateway.MAX_IDS;

	private final ConversationDetailsGateway gateway;

	private final Duration detailsWait;

	private final Duration wrapUpWait;

	ConversationDetailsReader(ConversationDetailsGateway gateway, ConsumerProperties properties) {
		this.gateway = gateway;
		this.detailsWait = properties.retry().detailsWait();
		this.wrapUpWait = properties.retry().wrapUpWait();
	}

	/**
	 * @param notReady receives each call that cannot go on, with the failure that stands
	 * for it
	 * @return the details of the calls that can go on, by conversation id
	 * @throws GenesysException when the request itself failed (every call shares that)
	 */
	Map<String, ConversationDetails> read(GenesysClient genesys, List<PendingImport> calls, Instant now,
			BiConsumer<PendingImport, RuntimeException> notReady) {
		Map<String, Conversation> documents = (calls.size() == 1) ? one(genesys, calls.get(0).conversationId())
				: this.gateway
					.conversations(genesys, calls.stream().map(PendingImport::conversationId).distinct().toList())
					.found();
		String absent = (calls.size() == 1) ? "analytics does not know it yet (404)"
				: "analytics does not know it yet (not among the details of the batch)";
		Map<String, ConversationDetails> ready = new HashMap<>();
		for (PendingImport call : calls) {
			try {
				ready.put(call.conversationId(), evaluate(call.conversationId(), documents.get(call.conversationId()),
						absent, call.attempt(), now));
			}
			catch (RuntimeException ex) {
				notReady.accept(call, ex);
			}
		}
		return ready;
	}

	private Map<String, Conversation> one(GenesysClient genesys, String conversationId) {
		Map<String, Conversation> documents = new HashMap<>();
		this.gateway.conversation(genesys, conversationId)
			.ifPresent((conversation) -> documents.put(conversationId, conversation));
		return documents;
	}

	private ConversationDetails evaluate(String conversationId, @Nullable Conversation conversation, String absent,
			Attempt attempt, Instant now) {
		if (conversation == null) {
			throw notYet(conversationId, absent, attempt, now);
		}
		if (!conversationId.equals(conversation.conversationId())) {
			throw new ImportFailureException(ReasonCode.GENESYS_BAD_RESPONSE,
					"Genesys answered the details of conversation " + conversationId + " with another document");
		}
		if (conversation.end() == null) {
			throw notYet(conversationId, "it has not ended yet", attempt, now);
		}
		if (conversation.start() == null) {
			throw new ImportFailureException(ReasonCode.BAD_DATA,
					"The details of conversation " + conversationId + " have no conversationStart");
		}
		ConversationDetails details = new ConversationDetails(conversation);
		if (details.awaitsWrapUp() && Duration.between(details.end(), now).compareTo(this.wrapUpWait) < 0) {
			throw new ImportFailureException(ReasonCode.DETAILS_NOT_READY,
					"Conversation " + conversationId + " has agents still in after-call work (wrap-up to come)");
		}
		return details;
	}

	private ImportFailureException notYet(String conversationId, String why, Attempt attempt, Instant now) {
		if (attempt.elapsed(now).compareTo(this.detailsWait) >= 0) {
			return new ImportFailureException(ReasonCode.CONVERSATION_NOT_FOUND, "Conversation " + conversationId
					+ " cannot be imported: " + why + ", still after " + this.detailsWait);
		}
		return new ImportFailureException(ReasonCode.DETAILS_NOT_READY,
				"Conversation " + conversationId + " is not ready: " + why);
	}

}
