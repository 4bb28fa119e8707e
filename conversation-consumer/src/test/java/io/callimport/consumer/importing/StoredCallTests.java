package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.message.CallStatus;

import static org.assertj.core.api.Assertions.assertThat;

class StoredCallTests {

	private static final Instant IMPORTED = Instant.parse("2026-11-24T10:06:00.123456Z");

	@Test
	void analysisMessageIdIsStableForOneImportAndNewForAReimport() {
		StoredCall call = call(IMPORTED, List.of(stored("r1")));

		assertThat(call.analysisMessageId()).isEqualTo(call(IMPORTED, List.of()).analysisMessageId());
		assertThat(call.analysisMessageId()).isNotEqualTo(call(IMPORTED.plusMillis(1), List.of()).analysisMessageId());
	}

	@Test
	void messageListsOnlyStoredRecordings() {
		StoredCall call = call(IMPORTED, List.of(stored("r1"), unavailable("r2", "ARCHIVED")));

		CallReadyForAnalysis message = call.toMessage("bucket", IMPORTED.plusSeconds(1));

		assertThat(message.recordings()).singleElement().satisfies((recording) -> {
			assertThat(recording.recordingId()).isEqualTo("r1");
			assertThat(recording.bucket()).isEqualTo("bucket");
			assertThat(recording.channels()).isEqualTo(2);
		});
		assertThat(message.messageId()).isEqualTo(call.analysisMessageId());
		assertThat(call.finalStatus()).isEqualTo(CallStatus.QUEUED_FOR_ANALYSIS);
		assertThat(call.statusReason()).contains("Archived in Genesys: r2");
	}

	@Test
	void statusFollowsWhatTheRecordingsAre() {
		assertThat(call(IMPORTED, List.of()).finalStatus()).isEqualTo(CallStatus.NO_RECORDING);
		assertThat(call(IMPORTED, List.of()).statusReason()).contains("no recording");
		assertThat(call(IMPORTED, List.of(unavailable("r1", "ARCHIVED"), unavailable("r2", "DELETED"))).finalStatus())
			.isEqualTo(CallStatus.RECORDING_ARCHIVED);
		assertThat(call(IMPORTED, List.of(unavailable("r2", "DELETED"))).finalStatus())
			.isEqualTo(CallStatus.RECORDING_DELETED);
	}

	private static StoredCall call(Instant importedAt, List<RecordingRow> recordings) {
		return new StoredCall(UUID.fromString("00000000-0000-3000-8000-000000000001"), "acme", "conv-1", "agent-1",
				List.of("agent-1"), "inbound", Details.START, Details.END, importedAt, recordings);
	}

	private static RecordingRow stored(String id) {
		return new RecordingRow(id, "acme/2026/11/24/conv-1/" + id + ".wav", 1000L, "ab".repeat(32), "WAV", 2, null,
				"AVAILABLE", null, null, null, null);
	}

	private static RecordingRow unavailable(String id, String state) {
		return new RecordingRow(id, null, null, null, null, null, null, state, null, null, null, null);
	}

}
