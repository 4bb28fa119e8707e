package io.callimport.producer.reconciliation;

/**
 * A window stopped half way because the replica is stopping or no longer holds the
 * tenant's lease; it is neither a success nor a failure, and the next holder repeats it.
 */
public class ReconciliationInterrupted extends RuntimeException {

	public ReconciliationInterrupted(String message) {
		super(message);
	}

}
