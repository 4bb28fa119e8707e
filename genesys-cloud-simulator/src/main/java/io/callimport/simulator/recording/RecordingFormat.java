package io.callimport.simulator.recording;

import java.util.List;
import java.util.Set;

import io.callimport.simulator.web.GenesysApiException;
import org.jspecify.annotations.Nullable;

/**
 * The format a recordings request asks for. The simulator transcodes to WAV only: a
 * request for another valid format (including Genesys' default, WEBM, when
 * {@code formatId} is left out) gets a 400 that says so, rather than WAV bytes labelled
 * as something else. {@code NONE} returns recordings without media.
 */
enum RecordingFormat {

	WAV, NONE;

	private static final Set<String> GENESYS_FORMATS = Set.of("WAV", "WEBM", "WAV_ULAW", "OGG_VORBIS", "OGG_OPUS",
			"MP3", "NONE");

	static RecordingFormat of(@Nullable String formatId, @Nullable List<String> mediaFormats) {
		List<String> wanted = (mediaFormats != null && !mediaFormats.isEmpty()) ? mediaFormats
				: List.of((formatId != null) ? formatId : "WEBM");
		for (String format : wanted) {
			if (!GENESYS_FORMATS.contains(format)) {
				throw GenesysApiException.badRequest("Unknown recording format " + format);
			}
		}
		if (wanted.contains("WAV")) {
			return WAV;
		}
		if (wanted.contains("NONE")) {
			return NONE;
		}
		throw GenesysApiException
			.badRequest("The simulator serves recordings as WAV only (asked for " + wanted + "); pass formatId=WAV");
	}

}
