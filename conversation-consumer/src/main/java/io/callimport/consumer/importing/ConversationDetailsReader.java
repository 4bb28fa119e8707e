package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
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
 * Fetches a conversation's analytics details. Analytics lags the end of a call: a 404 or
 * a conversation without an end means "later" until the details wait is over.
 */
@Component
class ConversationDetailsReader {

	private final Duration detailsWait;

	private final Duration wrapUpWait;

	private final JsonMapper json;

	ConversationDetailsReader(ConsumerProperties properties, JsonMapper json) {
		this.detailsWait = properties.retry().detailsWait();
		this.wrapUpWait = properties.retry().wrapUpWait();
		this.json = json;
	}

	ConversationDetails read(GenesysClient genesys, String conversationId, Attempt attempt, Instant now) {
		ApiResponse<AnalyticsConversationWithoutAttributes> response;
		try {
			response = GenesysResponses.requireSuccess(genesys
				.call(() -> genesys.analytics().getAnalyticsConversationDetailsWithHttpInfo(conversationId)));
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				throw notYet(conversationId, "analytics does not know it yet (404)", attempt, now);
			}
			throw ex;
		}
		AnalyticsConversationWithoutAttributes conversation = response.getBody();
		if (conversation == null || !conversationId.equals(conversation.getConversationId())) {
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
		ConversationDetails details = new ConversationDetails(conversation, document(genesys, response));
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

	/** The raw body when it is a JSON object, else the model written by the SDK. */
	private String document(GenesysClient genesys, ApiResponse<AnalyticsConversationWithoutAttributes> response) {
		String raw = response.hasRawBody() ? response.getRawBody() : null;
		if (raw != null) {
			try {
				JsonNode node = this.json.readTree(raw);
				if (node.isObject()) {
					return raw;
				}
			}
			catch (JacksonException ex) {
				// fall back to the model below
			}
		}
		try {
			return genesys.apiClient().getObjectMapper().writeValueAsString(response.getBody());
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new ImportFailureException(ReasonCode.BAD_DATA, "The conversation details cannot be written as JSON",
					ex);
		}
	}

}
