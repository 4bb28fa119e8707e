package io.callimport.genesys.conversations;

import java.util.List;
import java.util.Optional;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;

/**
 * Reads analytics' details of conversations ({@code GET /api/v2/analytics/conversations/
 * {id}/details} and {@code GET /api/v2/analytics/conversations/details?id=…}). Each
 * request goes through the tenant client's chain: its lane of the request budget, retries
 * and failure classification.
 */
public interface ConversationDetailsGateway {

	/** The most ids one multi-id request takes. */
	int MAX_IDS = 100;

	/**
	 * One conversation's details; empty when analytics does not know it (404, or an
	 * answer without a document).
	 * @throws GenesysException for any other failure, classified
	 */
	Optional<Conversation> conversation(GenesysClient client, String conversationId);

	/**
	 * The details of up to {@link #MAX_IDS} conversations in one request; the ids
	 * analytics does not know (all of them when it answers 404) are reported as not
	 * found.
	 * @throws GenesysException for any other failure, classified
	 */
	ConversationsFound conversations(GenesysClient client, List<String> conversationIds);

}
