package io.callimport.producer.failure;

import java.util.List;
import java.util.UUID;

/**
 * What a replay did: the failures re-published (with the new message's id) and those left
 * alone, with why.
 *
 * @param replayed re-published, now REPLAYED
 * @param skipped not replayed
 * @param remainingOpen OPEN failures left (a request replays at most
 * {@value FailureReplayer#MAX_PER_REQUEST})
 */
record ReplayResult(List<Replayed> replayed, List<Skipped> skipped, long remainingOpen) {

	record Replayed(UUID id, String conversationId, UUID messageId) {
	}

	record Skipped(UUID id, String reason) {
	}

}
