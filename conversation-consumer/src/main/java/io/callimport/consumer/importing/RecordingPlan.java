package io.callimport.consumer.importing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.recordings.FileState;
import io.callimport.genesys.recordings.Recording;

/**
 * What to do with a conversation's audio recordings: download the available ones, note
 * the archived and deleted ones. Recordings still on their way (uploading, restoring,
 * transcoding without a media URI) are waited for until the recording wait is over.
 *
 * @param downloads available recordings with their media URIs
 * @param unavailable archived or deleted recordings, stored as rows without an object
 */
record RecordingPlan(List<Download> downloads, List<Recording> unavailable) {

	static RecordingPlan of(List<Recording> listed, ConversationDetails details, Instant now, Duration recordingWait) {
		List<Recording> audio = listed.stream().filter(RecordingPlan::isAudio).toList();
		boolean stillWaiting = Duration.between(details.end(), now).compareTo(recordingWait) < 0;
		String conversationId = details.conversation().conversationId();
		List<Recording> pending = audio.stream().filter((recording) -> !isSettled(recording)).toList();
		if (!pending.isEmpty()) {
			Recording first = pending.get(0);
			String why = "recording " + first.id() + " of conversation " + conversationId + " is " + first.fileState()
					+ (first.mediaUris().isEmpty() ? " without a media URI" : "");
			throw stillWaiting ? new ImportFailureException(ReasonCode.RECORDINGS_NOT_READY, why)
					: new ImportFailureException(ReasonCode.RECORDING_UNAVAILABLE,
							why + ", still after " + recordingWait);
		}
		if (audio.isEmpty() && stillWaiting && !details.knownUnrecorded()) {
			throw new ImportFailureException(ReasonCode.RECORDINGS_NOT_READY,
					"Genesys lists no recording of conversation " + conversationId + " yet");
		}
		List<Download> downloads = audio.stream()
			.filter((recording) -> isAvailable(recording.fileState()))
			.map((recording) -> new Download(recordingId(recording), Objects.requireNonNull(mediaUri(recording)),
					recording))
			.toList();
		List<Recording> unavailable = audio.stream()
			.filter((recording) -> !isAvailable(recording.fileState()))
			.toList();
		return new RecordingPlan(downloads, unavailable);
	}

	/** Nothing to download or note: a call without recordings. */
	static RecordingPlan none() {
		return new RecordingPlan(List.of(), List.of());
	}

	/** Recordings delivered by a batch job: each to download from its result URL. */
	static RecordingPlan ofDelivered(List<Download> downloads) {
		return new RecordingPlan(downloads, List.of());
	}

	static String recordingId(Recording recording) {
		String id = recording.id();
		if (id == null || id.isBlank()) {
			throw new ImportFailureException(ReasonCode.BAD_DATA, "Genesys listed a recording without an id");
		}
		return id;
	}

	private static boolean isAudio(Recording recording) {
		String media = recording.media();
		return media == null || media.toLowerCase(Locale.ROOT).equals("audio");
	}

	/** Available with a media URI, archived or deleted: nothing more to wait for. */
	private static boolean isSettled(Recording recording) {
		FileState state = recording.fileState();
		if (isAvailable(state)) {
			return mediaUri(recording) != null;
		}
		return state == FileState.ARCHIVED || state == FileState.DELETED;
	}

	private static boolean isAvailable(@Nullable FileState state) {
		return state == FileState.AVAILABLE || state == FileState.RESTORED;
	}

	/** The media URI, under key "S" as Genesys serves it, else any. */
	static @Nullable URI mediaUri(Recording recording) {
		Map<String, String> uris = recording.mediaUris();
		String uri = uris.get("S");
		if (uri == null) {
			uri = uris.values().stream().findFirst().orElse(null);
		}
		if (uri == null || uri.isBlank()) {
			return null;
		}
		try {
			return URI.create(uri.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new ImportFailureException(ReasonCode.BAD_DATA,
					"Recording " + recording.id() + " has a media URI that is not a URI", ex);
		}
	}

	/**
	 * An available recording and where to fetch it.
	 *
	 * @param recordingId its id
	 * @param mediaUri a pre-signed URI
	 * @param listed the recording as the recordings list described it; null when a batch
	 * job delivered it
	 */
	record Download(String recordingId, URI mediaUri, @Nullable Recording listed) {
	}

}
