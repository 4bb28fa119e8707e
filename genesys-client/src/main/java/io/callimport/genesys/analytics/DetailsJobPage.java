package io.callimport.genesys.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a fulfilled details job's results.
 *
 * @param conversations the conversations of the page
 * @param cursor where the next page starts; null or empty after the last one
 */
public record DetailsJobPage(List<ConversationSummary> conversations, @Nullable String cursor) {

	public DetailsJobPage {
		conversations = List.copyOf(conversations);
	}

	/** Whether another page follows. */
	public boolean hasNext() {
		return this.cursor != null && !this.cursor.isEmpty();
	}

}
