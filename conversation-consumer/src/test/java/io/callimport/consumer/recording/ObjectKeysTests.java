package io.callimport.consumer.recording;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectKeysTests {

	@Test
	void keyIsTenantThenUtcDateOfTheStartThenConversationAndRecording() {
		String key = ObjectKeys.of("acme", Instant.parse("2026-11-23T23:59:59Z"),
				"c0ffee00-0000-4000-8000-000000000001", "rec-1", RecordingFormat.WAV);

		assertThat(key).isEqualTo("acme/2026/11/23/c0ffee00-0000-4000-8000-000000000001/rec-1.wav");
	}

	@Test
	void extensionFollowsTheFormat() {
		assertThat(ObjectKeys.of("acme", Instant.parse("2026-01-02T00:00:00Z"), "c", "r", RecordingFormat.OGG_OPUS))
			.isEqualTo("acme/2026/01/02/c/r.opus");
	}

	@Test
	void idThatCouldLeaveItsPrefixIsBadData() {
		Instant start = Instant.parse("2026-11-23T10:00:00Z");
		assertThatThrownBy(() -> ObjectKeys.of("acme", start, "../globex", "r", RecordingFormat.WAV))
			.isInstanceOfSatisfying(ImportFailureException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.BAD_DATA));
		assertThatThrownBy(() -> ObjectKeys.of("acme", start, "c", "a/b", RecordingFormat.WAV))
			.isInstanceOf(ImportFailureException.class)
			.hasMessageContaining("recording id");
		assertThatThrownBy(() -> ObjectKeys.of("acme", start, "c", "a..b", RecordingFormat.WAV))
			.isInstanceOf(ImportFailureException.class);
	}

}
