package io.callimport.consumer.recording;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the consumer asks Genesys for.
 *
 * @param format the recording format ({@code RECORDING_FORMAT}); always sent, because
 * Genesys' default is WEBM
 * @param listMaxWait how long Genesys may hold the recordings request while it transcodes
 * ({@code maxWaitMs}) before it answers 202; kept short, since it holds a listener thread
 */
@Validated
@ConfigurationProperties("recording")
public record RecordingProperties(@DefaultValue("WAV") RecordingFormat format,
		@DefaultValue("1s") Duration listMaxWait) {

	@AssertTrue(message = "format must be one Genesys transcodes to (WAV, WAV_ULAW, WEBM, OGG_VORBIS, OGG_OPUS, MP3)")
	public boolean isFormatRequestable() {
		return this.format == null || this.format.requestable();
	}

}
