package io.callimport.genesys.conversations;

import java.util.Map;
import java.util.Set;

/**
 * The answer to a multi-id details request.
 *
 * @param found the conversations analytics returned, by id
 * @param notFound the requested ids it did not return
 */
public record ConversationsFound(Map<String, Conversation> found, Set<String> notFound) {

	public ConversationsFound {
		found = Map.copyOf(found);
		notFound = Set.copyOf(notFound);
	}

}
