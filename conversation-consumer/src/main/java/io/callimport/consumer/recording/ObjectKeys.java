package io.callimport.consumer.recording;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;

/**
 * Object keys of recordings:
 * {@code {tenantId}/{yyyy}/{MM}/{dd}/{conversationId}/{recordingId}.{ext}}, dated by the
 * conversation's start in UTC. Every part is checked, so an id from a message or a
 * Genesys response can never climb out of its tenant's prefix.
 */
public final class ObjectKeys {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

	private ObjectKeys() {
	}

	/**
	 * @throws ImportFailureException {@code BAD_DATA} when an id is not safe in a key
	 */
	public static String of(String tenantId, Instant conversationStart, String conversationId, String recordingId,
			RecordingFormat format) {
		return safe(tenantId, "tenant id") + "/" + DAY.format(conversationStart) + "/"
				+ safe(conversationId, "conversation id") + "/" + safe(recordingId, "recording id") + "."
				+ format.extension();
	}

	private static String safe(String id, String what) {
		if (!SAFE_ID.matcher(id).matches() || id.contains("..")) {
			throw new ImportFailureException(ReasonCode.BAD_DATA,
					"The " + what + " '" + abbreviate(id) + "' cannot be part of an object key");
		}
		return id;
	}

	private static String abbreviate(String id) {
		return (id.length() > 80) ? id.substring(0, 80) + "…" : id;
	}

}
