package io.callimport.consumer.importing;

import java.util.List;
import java.util.Objects;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.Recording;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.consumer.recording.RecordingProperties;
import io.callimport.genesys.GenesysClient;

/**
 * Lists a conversation's recordings in the configured format. Genesys answers 202 with no
 * body while it transcodes: that means "later", and the thread goes back to work instead
 * of waiting.
 */
@Component
class RecordingLister {

	private static final int ACCEPTED = 202;

	private final RecordingProperties properties;

	RecordingLister(RecordingProperties properties) {
		this.properties = properties;
	}

	List<Recording> list(GenesysClient genesys, String conversationId) {
		int maxWaitMs = Math.toIntExact(this.properties.listMaxWait().toMillis());
		String format = this.properties.format().name();
		ApiResponse<List<Recording>> response = GenesysResponses.requireSuccess(genesys.call(() -> genesys.recordings()
			.getConversationRecordingsWithHttpInfo(conversationId, maxWaitMs, format, null)));
		if (response.getStatusCode() == ACCEPTED) {
			throw new ImportFailureException(ReasonCode.RECORDINGS_NOT_READY,
					"Genesys is still transcoding the recordings of conversation " + conversationId + " (202)");
		}
		List<Recording> recordings = response.getBody();
		return (recordings != null) ? recordings.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
