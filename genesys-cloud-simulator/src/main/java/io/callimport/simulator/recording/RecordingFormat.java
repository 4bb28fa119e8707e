package io.callimport.simulator.recording;

import java.util.List;
import java.util.Set;

import io.callimport.simulator.media.MediaFormat;
import io.callimport.simulator.web.GenesysApiException;
import org.jspecify.annotations.Nullable;

/**
 * The format a recordings request asks for. The simulator serves WAV (16-bit PCM) and
 * WAV_ULAW (the μ-law trunk codec) only: a request for another valid format (including
 * Genesys' default, WEBM, when {@code formatId} is left out) gets a 400 that says so,
 * rather than bytes labelled as something else. {@code NONE} returns recordings without
 * media. Of several {@code mediaFormats}, WAV wins over WAV_ULAW, and both over NONE.
 */
enum RecordingFormat {

	WAV, WAV_ULAW, NONE;

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
		for (RecordingFormat format : values()) {
			if (wanted.contains(format.name())) {
				return format;
			}
		}
		throw GenesysApiException.badRequest("The simulator serves recordings as WAV or WAV_ULAW only (asked for "
				+ wanted + "); pass formatId=WAV or formatId=WAV_ULAW");
	}

	/** The file behind the media URI ({@code NONE} has none; its sizes are the WAV's). */
	MediaFormat media() {
		return (this == WAV_ULAW) ? MediaFormat.WAV_ULAW : MediaFormat.WAV;
	}

}
