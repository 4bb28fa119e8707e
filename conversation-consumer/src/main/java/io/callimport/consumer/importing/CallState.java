package io.callimport.consumer.importing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;

/**
 * Where a call row stands when a message for it arrives.
 *
 * @param status its status
 * @param importedAt when its metadata and recordings were stored, if they were
 */
record CallState(CallStatus status, @Nullable Instant importedAt) {

	/** Imported and queued for analysis (with or without recordings). */
	boolean completed() {
		return this.status != CallStatus.PENDING && this.status != CallStatus.FAILED;
	}

	/**
	 * Whether a message from this source means work: an unfinished or failed call is
	 * (re)imported; a completed one only on an operator's request, and never twice into
	 * analysis.
	 */
	boolean wantsImportFrom(CallSource source) {
		return !completed() || (source == CallSource.MANUAL && this.status != CallStatus.QUEUED_FOR_ANALYSIS);
	}

	/**
	 * Stored, but its analysis message is not confirmed yet (e.g. a crash in between).
	 */
	boolean awaitsQueueing() {
		return this.status == CallStatus.PENDING && this.importedAt != null;
	}

}
