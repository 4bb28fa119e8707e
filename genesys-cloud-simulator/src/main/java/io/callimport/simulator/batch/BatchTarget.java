package io.callimport.simulator.batch;

import java.time.Instant;

import io.callimport.simulator.conversation.PlannedRecording;
import org.jspecify.annotations.Nullable;

/**
 * What one result of a batch job is about, resolved when the job is submitted: a
 * recording (with the instant its transcoding ends), or an entry that named no known
 * conversation or recording.
 *
 * @param conversationId the conversation asked for
 * @param recordingId the recording, when known or asked for
 * @param recording the recording, {@code null} for an error
 * @param readyAt when the recording becomes available, {@code null} for an error
 * @param error why there is no recording, {@code null} for a recording
 */
record BatchTarget(String conversationId, @Nullable String recordingId, @Nullable PlannedRecording recording,
		@Nullable Instant readyAt, @Nullable String error) {

	static BatchTarget of(PlannedRecording recording, Instant readyAt) {
		return new BatchTarget(recording.conversationId(), recording.id(), recording, readyAt, null);
	}

	static BatchTarget failed(String conversationId, @Nullable String recordingId, String error) {
		return new BatchTarget(conversationId, recordingId, null, null, error);
	}

}
