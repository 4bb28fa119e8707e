package io.callimport.consumer.metrics;

import java.util.Locale;

/**
 * The {@code outcome} tag of {@code callimport.imports}.
 */
public enum ImportOutcomeTag {

	/** Stored with its recordings and queued for analysis. */
	QUEUED,

	/** Stored without a recording (there was none) and queued for analysis. */
	NO_RECORDING,

	/** Stored; its recording is archived in Genesys. */
	RECORDING_ARCHIVED,

	/** Stored; its recording was deleted in Genesys. */
	RECORDING_DELETED,

	/** Already imported: acknowledged without new work. */
	DUPLICATE,

	/** Handed to a delay queue for a later attempt. */
	RETRIED,

	/** Handed to the dead-letter queue. */
	DEAD_LETTERED,

	/**
	 * Waited too long for its tenant's turn (budget used up) and went to a delay queue,
	 * no attempt counted.
	 */
	DEFERRED;

	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
