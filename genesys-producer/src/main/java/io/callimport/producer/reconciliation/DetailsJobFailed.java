package io.callimport.producer.reconciliation;

/**
 * A details job that failed, expired or took too long: its window is listed with the
 * query instead.
 */
class DetailsJobFailed extends RuntimeException {

	DetailsJobFailed(String message) {
		super(message);
	}

}
