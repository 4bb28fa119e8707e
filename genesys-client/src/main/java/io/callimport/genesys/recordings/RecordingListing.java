package io.callimport.genesys.recordings;

import java.util.List;

/**
 * A conversation's recordings list.
 *
 * @param transcoding Genesys answered 202 without a body: it is still transcoding, ask
 * later
 * @param recordings the listed recordings (none while transcoding)
 */
public record RecordingListing(boolean transcoding, List<Recording> recordings) {

	public RecordingListing {
		recordings = List.copyOf(recordings);
	}

	public static RecordingListing stillTranscoding() {
		return new RecordingListing(true, List.of());
	}

	public static RecordingListing of(List<Recording> recordings) {
		return new RecordingListing(false, recordings);
	}

}
