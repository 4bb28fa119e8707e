package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.recording.ObjectKeys;
import io.callimport.consumer.recording.RecordingFormat;
import io.callimport.consumer.recording.StoredObject;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;

import static org.assertj.core.api.Assertions.assertThat;

class KeptRecordingsTests {

	private static final Instant START = Instant.parse("2026-03-04T10:00:00Z");

	private static final String SHA = "ab".repeat(32);

	@Test
	void recordingsKeptByOneAttemptAreFoundByTheNext() {
		CallMetadata call = call("acme", "conv-1");
		PendingImport failed = pending(call);
		StoredObject pcm = object(call, "rec-1", RecordingFormat.WAV, RecordingFormat.WAV_ULAW, 12_000L);
		StoredObject opus = object(call, "rec-2", RecordingFormat.OGG_OPUS, null, null);

		KeptRecordings.keepForNextAttempt(failed,
				List.of(new StagedRecording(row("rec-1"), pcm), new StagedRecording(row("rec-2"), opus)));
		PendingImport next = redelivered(failed, call);

		KeptRecordings kept = KeptRecordings.of(next, call);
		assertThat(kept.find("rec-1")).contains(pcm);
		assertThat(kept.find("rec-2")).contains(opus);
		assertThat(kept.find("rec-3")).isEmpty();
	}

	@Test
	void entriesNamingAnotherCallsKeysAreIgnored() {
		CallMetadata call = call("acme", "conv-1");
		CallMetadata other = call("acme", "conv-2");
		CallMetadata otherTenant = call("globex", "conv-1");
		PendingImport failed = pending(call);
		KeptRecordings.keepForNextAttempt(failed, List.of(
				new StagedRecording(row("rec-1"), object(other, "rec-1", RecordingFormat.WAV, null, null)),
				new StagedRecording(row("rec-2"), object(otherTenant, "rec-2", RecordingFormat.WAV, null, null))));

		KeptRecordings kept = KeptRecordings.of(redelivered(failed, call), call);

		assertThat(kept.find("rec-1")).isEmpty();
		assertThat(kept.find("rec-2")).isEmpty();
	}

	@Test
	void malformedEntriesAreIgnoredAndTheWholeOnesKept() {
		CallMetadata call = call("acme", "conv-1");
		PendingImport failed = pending(call);
		StoredObject whole = object(call, "rec-1", RecordingFormat.WAV, null, null);
		KeptRecordings.keepForNextAttempt(failed, List.of(new StagedRecording(row("rec-1"), whole)));
		@SuppressWarnings("unchecked")
		List<Object> entries = new ArrayList<>(
				(List<Object>) failed.delivered().getMessageProperties().getHeaders().get(KeptRecordings.HEADER));
		Map<String, Object> badHash = new HashMap<>(castMap(entries.get(0)));
		badHash.put("recordingId", "rec-2");
		badHash.put("objectKey", ObjectKeys.of("acme", START, "conv-1", "rec-2", RecordingFormat.WAV));
		badHash.put("sha256", "not-a-hash");
		entries.add(badHash);
		entries.add("not a table");
		entries.add(Map.of("recordingId", "rec-3"));
		failed.delivered().getMessageProperties().getHeaders().put(KeptRecordings.HEADER, entries);

		KeptRecordings kept = KeptRecordings.of(redelivered(failed, call), call);

		assertThat(kept.find("rec-1")).contains(whole);
		assertThat(kept.find("rec-2")).isEmpty();
		assertThat(kept.find("rec-3")).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object entry) {
		return (Map<String, Object>) entry;
	}

	private static StoredObject object(CallMetadata call, String recordingId, RecordingFormat format,
			RecordingFormat source, Long durationMs) {
		return new StoredObject("recordings",
				ObjectKeys.of(call.tenantId(), call.startedAt(), call.conversationId(), recordingId, format),
				".incoming/" + call.tenantId() + "/" + UUID.randomUUID(), 64_044, SHA, 2, format, source, durationMs);
	}

	private static RecordingRow row(String recordingId) {
		return new RecordingRow(recordingId, null, null, null, null, null, null, "AVAILABLE", null, null, null, null);
	}

	private static CallMetadata call(String tenant, String conversation) {
		return new CallMetadata(UUID.randomUUID(), tenant, conversation, null, List.of(), null, null, null, START,
				START.plusSeconds(60), 60_000, List.of(), List.of(), null, List.of(), "{}");
	}

	private static PendingImport pending(CallMetadata call) {
		MessageProperties properties = new MessageProperties();
		return new PendingImport(new Message(new byte[0], properties), ended(call), new Attempt(1, Instant.now()));
	}

	/** The delay queue's copy, as the next attempt receives it. */
	private static PendingImport redelivered(PendingImport failed, CallMetadata call) {
		MessageProperties properties = new MessageProperties();
		properties.getHeaders().putAll(failed.delivered().getMessageProperties().getHeaders());
		return new PendingImport(new Message(new byte[0], properties), ended(call), new Attempt(2, Instant.now()));
	}

	private static ConversationEnded ended(CallMetadata call) {
		return ConversationEnded.of(call.tenantId(), call.conversationId(), null, null, Instant.now(),
				CallSource.WEBSOCKET);
	}

}
