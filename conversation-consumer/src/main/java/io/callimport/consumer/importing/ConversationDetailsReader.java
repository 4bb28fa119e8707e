package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributesMultiGetResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;

/**
 * Fetches the analytics details of a batch's conversations in one request (one id: the
 * single-conversation endpoint; more: the multi-id one, up to 100 ids). Analytics lags
 * the end of a call: a conversation it does not know, or one without an end, means
 * "later" until the details wait is over, for that call alone.
 */
@Component
class ConversationDetailsReader {

	/** The most ids one details request takes. */
	static final int MAX_IDS = 100;

	private final Duration detailsWait;

	private final Duration wrapUpWait;

	private final JsonMapper json;

	ConversationDetailsReader(ConsumerProperties properties, JsonMapper json) {
		this.detailsWait = properties.retry().detailsWait();
		this.wrapUpWait = properties.retry().wrapUpWait();
		this.json = json;
	}

	/**
	 * @param notReady receives each call that cannot go on, with the failure that stands
	 * for it
	 * @return the details of the calls that can go on, by conversation id
	 * @throws GenesysException when the request itself failed (every call shares that)
	 */
	Map<String, ConversationDetails> read(GenesysClient genesys, List<PendingImport> calls, Instant now,
			BiConsumer<PendingImport, RuntimeException> notReady) {
		Map<String, Document> documents = (calls.size() == 1) ? one(genesys, calls.get(0).conversationId())
				: several(genesys, calls.stream().map(PendingImport::conversationId).distinct().toList());
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

	private Map<String, Document> one(GenesysClient genesys, String conversationId) {
		ApiResponse<AnalyticsConversationWithoutAttributes> response;
		try {
			response = GenesysResponses.requireSuccess(genesys
				.call(() -> genesys.analytics().getAnalyticsConversationDetailsWithHttpInfo(conversationId)));
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				return Map.of();
			}
			throw ex;
		}
		AnalyticsConversationWithoutAttributes conversation = response.getBody();
		String raw = response.hasRawBody() ? response.getRawBody() : null;
		Map<String, Document> documents = new HashMap<>();
		if (conversation != null) {
			documents.put(conversationId, document(genesys, conversation, objectOrNull(raw)));
		}
		return documents;
	}

	private Map<String, Document> several(GenesysClient genesys, List<String> ids) {
		ApiResponse<AnalyticsConversationWithoutAttributesMultiGetResponse> response;
		try {
			response = GenesysResponses.requireSuccess(
					genesys.call(() -> genesys.analytics().getAnalyticsConversationsDetailsWithHttpInfo(ids)));
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				return Map.of();
			}
			throw ex;
		}
		Map<String, String> raw = rawDocuments(response.hasRawBody() ? response.getRawBody() : null);
		Map<String, Document> documents = new HashMap<>();
		List<AnalyticsConversationWithoutAttributes> conversations = (response.getBody() != null)
				? response.getBody().getConversations() : null;
		if (conversations != null) {
			for (AnalyticsConversationWithoutAttributes conversation : conversations) {
				if (conversation != null && conversation.getConversationId() != null) {
					documents.put(conversation.getConversationId(),
							document(genesys, conversation, raw.get(conversation.getConversationId())));
				}
			}
		}
		return documents;
	}

	private ConversationDetails evaluate(String conversationId, @Nullable Document document, String absent,
			Attempt attempt, Instant now) {
		if (document == null) {
			throw notYet(conversationId, absent, attempt, now);
		}
		AnalyticsConversationWithoutAttributes conversation = document.model();
		if (!conversationId.equals(conversation.getConversationId())) {
			throw new ImportFailureException(ReasonCode.GENESYS_BAD_RESPONSE,
					"Genesys answered the details of conversation " + conversationId + " with another document");
		}
		if (conversation.getConversationEnd() == null) {
			throw notYet(conversationId, "it has not ended yet", attempt, now);
		}
		if (conversation.getConversationStart() == null) {
			throw new ImportFailureException(ReasonCode.BAD_DATA,
					"The details of conversation " + conversationId + " have no conversationStart");
		}
		ConversationDetails details = new ConversationDetails(conversation, document.json());
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

	/** Each conversation's document as Genesys sent it, by id, from a multi-id answer. */
	private Map<String, String> rawDocuments(@Nullable String raw) {
		Map<String, String> documents = new HashMap<>();
		JsonNode root = parse(raw);
		if (root != null && root.path("conversations").isArray()) {
			for (JsonNode conversation : root.path("conversations")) {
				if (conversation.isObject() && conversation.path("conversationId").isString()) {
					documents.put(conversation.path("conversationId").asString(), conversation.toString());
				}
			}
		}
		return documents;
	}

	private @Nullable String objectOrNull(@Nullable String raw) {
		JsonNode node = parse(raw);
		return (node != null && node.isObject()) ? raw : null;
	}

	private @Nullable JsonNode parse(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		try {
			return this.json.readTree(raw);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Genesys' own text of the document (stored as it came), or the model written back as
	 * JSON when the text is not at hand.
	 */
	private static Document document(GenesysClient genesys, AnalyticsConversationWithoutAttributes model,
			@Nullable String raw) {
		if (raw != null) {
			return new Document(model, raw);
		}
		try {
			return new Document(model, genesys.apiClient().getObjectMapper().writeValueAsString(model));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new ImportFailureException(ReasonCode.BAD_DATA, "The conversation details cannot be written as JSON",
					ex);
		}
	}

	/** A conversation's details: the SDK's model and its JSON text. */
	private record Document(AnalyticsConversationWithoutAttributes model, String json) {
	}

}
