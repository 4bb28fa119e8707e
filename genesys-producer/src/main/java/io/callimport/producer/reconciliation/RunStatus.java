package io.callimport.producer.reconciliation;

/**
 * Where a run stands ({@code reconciliation_runs.status}).
 */
public enum RunStatus {

	/** Recorded; waits for the lease holder. */
	PENDING,

	/** Windows are being worked on (or a failed window waits for its next attempt). */
	RUNNING,

	/** Every window is done. */
	SUCCEEDED,

	/**
	 * A window failed {@code max-attempts} times, or the run could not be done at all.
	 */
	FAILED

}
