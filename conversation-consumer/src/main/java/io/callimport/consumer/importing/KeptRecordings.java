package io.callimport.consumer.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.recording.ObjectKeys;
import io.callimport.consumer.recording.RecordingFormat;
import io.callimport.consumer.recording.StagingArea;
import io.callimport.consumer.recording.StoredObject;

/**
 * The recordings an attempt stored whose database write then failed, carried to the next
 * attempt in a header of the message the delay queue returns: that attempt uses them
 * instead of downloading them again (the staged objects outlive a retry schedule: the
 * sweep waits for {@code MINIO_CLEANUP_STALE_AFTER}). The database being the part that
 * failed, the header is the only place that can hold them. A header is only a hint: every
 * entry must name the call's own keys, and the object is checked in the store before it
 * is used.
 */
final class KeptRecordings {

	/** Header listing the kept recordings, one table per recording. */
	static final String HEADER = "x-callimport-kept-recordings";

	/** More than this many entries in the header is not a real call's: ignored. */
	private static final int MAX_ENTRIES = 200;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Logger log = LoggerFactory.getLogger(KeptRecordings.class);

	private final Map<String, StoredObject> byRecordingId;

	private KeptRecordings(Map<String, StoredObject> byRecordingId) {
		this.byRecordingId = byRecordingId;
	}

	/**
	 * The kept recordings the delivery of this call carries, those that name its keys.
	 */
	static KeptRecordings of(PendingImport pending, CallMetadata call) {
		Object header = pending.delivered().getMessageProperties().getHeaders().get(HEADER);
		if (!(header instanceof List<?> entries) || entries.isEmpty()) {
			return new KeptRecordings(Map.of());
		}
		Map<String, StoredObject> kept = new LinkedHashMap<>();
		for (Object entry : entries.subList(0, Math.min(entries.size(), MAX_ENTRIES))) {
			if (entry instanceof Map<?, ?> fields) {
				Entry parsed = parse(fields, call);
				if (parsed != null) {
					kept.put(parsed.recordingId(), parsed.object());
				}
			}
		}
		return new KeptRecordings(kept);
	}

	/** The object an earlier attempt stored for this recording, if any. */
	Optional<StoredObject> find(String recordingId) {
		return Optional.ofNullable(this.byRecordingId.get(recordingId));
	}

	/**
	 * Notes the call's staged recordings on its delivery, whose copy on the delay queue
	 * carries them to the next attempt.
	 */
	static void keepForNextAttempt(PendingImport pending, List<StagedRecording> staged) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (StagedRecording recording : staged) {
			StoredObject object = recording.object();
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("recordingId", recording.row().recordingId());
			fields.put("bucket", object.bucket());
			fields.put("objectKey", object.objectKey());
			fields.put("stagingKey", object.stagingKey());
			fields.put("bytes", object.bytes());
			fields.put("sha256", object.sha256());
			fields.put("channels", object.channels());
			fields.put("format", object.format().name());
			if (object.sourceFormat() != null) {
				fields.put("sourceFormat", object.sourceFormat().name());
			}
			if (object.durationMs() != null) {
				fields.put("durationMs", object.durationMs());
			}
			entries.add(fields);
		}
		pending.delivered().getMessageProperties().getHeaders().put(HEADER, entries);
	}

	/** One entry, when it is whole and names this call's keys; null otherwise. */
	private static @Nullable Entry parse(Map<?, ?> fields, CallMetadata call) {
		try {
			String recordingId = text(fields, "recordingId");
			RecordingFormat format = RecordingFormat.valueOf(text(fields, "format"));
			String objectKey = text(fields, "objectKey");
			String stagingKey = text(fields, "stagingKey");
			String sha256 = text(fields, "sha256");
			boolean ownKeys = objectKey
				.equals(ObjectKeys.of(call.tenantId(), call.startedAt(), call.conversationId(), recordingId, format))
					&& stagingKey.startsWith(StagingArea.PREFIX + call.tenantId() + "/") && !stagingKey.contains("..");
			if (!ownKeys || !SHA256.matcher(sha256).matches()) {
				log.warn("Ignoring a kept recording of another call or with a malformed entry: {}", recordingId);
				return null;
			}
			String source = optionalText(fields, "sourceFormat");
			Object duration = fields.get("durationMs");
			return new Entry(recordingId,
					new StoredObject(text(fields, "bucket"), objectKey, stagingKey, number(fields, "bytes"), sha256,
							(int) number(fields, "channels"), format,
							(source != null) ? RecordingFormat.valueOf(source) : null,
							(duration != null) ? number(fields, "durationMs") : null));
		}
		catch (IllegalArgumentException | ImportFailureException ex) {
			log.warn("Ignoring a malformed kept recording entry: {}", ex.getMessage());
			return null;
		}
	}

	private static String text(Map<?, ?> fields, String name) {
		String value = optionalText(fields, name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("no " + name);
		}
		return value;
	}

	private static @Nullable String optionalText(Map<?, ?> fields, String name) {
		Object value = fields.get(name);
		// the broker hands strings back as its own long-string type
		return (value != null) ? value.toString() : null;
	}

	private static long number(Map<?, ?> fields, String name) {
		Object value = fields.get(name);
		if (value instanceof Number number) {
			return number.longValue();
		}
		return Long.parseLong(text(fields, name));
	}

	private record Entry(String recordingId, StoredObject object) {
	}

}
