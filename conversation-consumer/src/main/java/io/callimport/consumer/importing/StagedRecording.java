package io.callimport.consumer.importing;

import io.callimport.consumer.recording.StoredObject;

/**
 * A recording in the staging area: its row, valid once the object is promoted.
 *
 * @param row the recording's row, with its final key
 * @param object the staged object
 * @param origin whether this attempt uploaded it or an earlier one left it
 */
record StagedRecording(RecordingRow row, StoredObject object, Origin origin) {

	StagedRecording(RecordingRow row, StoredObject object) {
		this(row, object, Origin.UPLOADED);
	}

	/** Left by an earlier attempt, so kept when this attempt fails too. */
	boolean carriedOver() {
		return this.origin != Origin.UPLOADED;
	}

	/** Where the recording's bytes are at the start of the commit. */
	enum Origin {

		/** Uploaded to the staging area by this attempt. */
		UPLOADED,

		/** Staged by an earlier attempt whose database write failed. */
		KEPT_STAGED,

		/**
		 * Promoted to its final key by an earlier attempt whose database write failed
		 * after the copy.
		 */
		KEPT_PROMOTED

	}

}
