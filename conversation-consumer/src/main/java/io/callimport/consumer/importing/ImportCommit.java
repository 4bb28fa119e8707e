package io.callimport.consumer.importing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.callimport.consumer.recording.StagingArea;
import io.callimport.model.message.CallSource;

/**
 * Where one writer of a call wins: the call's row is locked, and under that lock its
 * staged recordings are promoted to their final keys and the call and its recordings
 * stored, in one transaction. A replay and a retry of one conversation (two consumers)
 * thus take turns; the second finds the call stored and leaves the objects and rows of
 * the first as they are, so an object always matches its row.
 */
@Component
class ImportCommit {

	private final CallStore calls;

	private final StagingArea staging;

	ImportCommit(CallStore calls, StagingArea staging) {
		this.calls = calls;
		this.staging = staging;
	}

	/**
	 * Promotes the staged recordings and stores the call, unless another writer did. (The
	 * row lock is held during the server-side copies: another writer of the same call
	 * waits for them, nothing else does.)
	 */
	@ImportTransaction
	Outcome save(CallMetadata call, List<RecordingRow> rows, List<StagedRecording> staged, CallSource source) {
		Optional<CallState> state = this.calls.lock(call.callId());
		if (state.isEmpty() || !state.get().wantsImportFrom(source)) {
			return Outcome.COMPLETED_ELSEWHERE;
		}
		if (state.get().awaitsQueueing()) {
			// stored since this import began (an earlier one is queued first, at intake)
			return Outcome.STORED_ELSEWHERE;
		}
		for (StagedRecording recording : staged) {
			if (recording.origin() == StagedRecording.Origin.KEPT_PROMOTED) {
				this.staging.confirmPromoted(recording.object());
			}
			else {
				this.staging.promote(recording.object());
			}
		}
		this.calls.storeImported(call, rows);
		return Outcome.SAVED;
	}

	/** What became of a call's import at its end. */
	enum Outcome {

		/** Its recordings promoted, the call stored: queue it. */
		SAVED,

		/** Another writer stored it meanwhile, not yet queued: queue it, keep theirs. */
		STORED_ELSEWHERE,

		/** Another writer completed it meanwhile: nothing to do. */
		COMPLETED_ELSEWHERE

	}

}
