package io.callimport.consumer.importing;

import java.util.List;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.consumer.recording.RecordingProperties;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.recordings.Recording;
import io.callimport.genesys.recordings.RecordingCatalogue;
import io.callimport.genesys.recordings.RecordingListing;

/**
 * Lists a conversation's recordings in the configured format. Genesys answers 202 with no
 * body while it transcodes: that means "later", and the thread goes back to work instead
 * of waiting.
 */
@Component
class RecordingLister {

	private final RecordingCatalogue catalogue;

	private final RecordingProperties properties;

	RecordingLister(RecordingCatalogue catalogue, RecordingProperties properties) {
		this.catalogue = catalogue;
		this.properties = properties;
	}

	List<Recording> list(GenesysClient genesys, String conversationId) {
		RecordingListing listing = this.catalogue.list(genesys, conversationId, this.properties.listMaxWait(),
				this.properties.format().name());
		if (listing.transcoding()) {
			throw new ImportFailureException(ReasonCode.RECORDINGS_NOT_READY,
					"Genesys is still transcoding the recordings of conversation " + conversationId + " (202)");
		}
		return listing.recordings();
	}

}
