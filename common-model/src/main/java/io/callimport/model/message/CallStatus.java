package io.callimport.model.message;

/**
 * Where a call stands in the import. The values are part of the admin API contract.
 */
public enum CallStatus {

	/** Seen, import not finished yet. */
	PENDING,

	/** Metadata and recordings stored, analysis message published. */
	QUEUED_FOR_ANALYSIS,

	/** The call ended without any recording (after the recording wait budget). */
	NO_RECORDING,

	/** The recording exists but is archived: it must be restored in Genesys first. */
	RECORDING_ARCHIVED,

	/** The recording was deleted in Genesys before it could be imported. */
	RECORDING_DELETED,

	/** The import failed for good; see the failures API. */
	FAILED;

	/** Whether nothing more will happen to a call in this status without an operator. */
	public boolean isFinal() {
		return this != PENDING;
	}

}
