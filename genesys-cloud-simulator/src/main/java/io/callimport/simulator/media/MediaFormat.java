package io.callimport.simulator.media;

/**
 * The formats the simulator serves a recording in: 16-bit PCM WAV (what the recordings
 * API transcodes to with {@code formatId=WAV}) and G.711 μ-law WAV (the trunk codec, as
 * the batch API and {@code formatId=WAV_ULAW} deliver it).
 */
public enum MediaFormat {

	WAV, WAV_ULAW

}
