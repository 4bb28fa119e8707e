package io.callimport.consumer.recording;

/**
 * The formats Genesys transcodes recordings to ({@code formatId}), with the file
 * extension and media type of the stored object.
 */
public enum RecordingFormat {

	/** 16-bit PCM WAV: what speech analytics wants. */
	WAV("wav", "audio/wav"),

	/** WAV with mu-law samples. */
	WAV_ULAW("wav", "audio/wav"),

	/**
	 * WAV with A-law samples: a trunk codec the recording batch API may deliver; Genesys
	 * does not transcode to it, so it is no {@code RECORDING_FORMAT}.
	 */
	WAV_ALAW("wav", "audio/wav"),

	/** Genesys' default when no format is asked for. */
	WEBM("webm", "audio/webm"),

	OGG_VORBIS("ogg", "audio/ogg"),

	OGG_OPUS("opus", "audio/ogg"),

	MP3("mp3", "audio/mpeg");

	private final String extension;

	private final String contentType;

	RecordingFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	/** Whether Genesys can be asked for it ({@code formatId}). */
	public boolean requestable() {
		return this != WAV_ALAW;
	}

}
