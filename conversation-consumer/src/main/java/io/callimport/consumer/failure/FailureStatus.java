package io.callimport.consumer.failure;

/**
 * Where a listed failure stands ({@code import_failures.status}).
 */
enum FailureStatus {

	/** Listed, waiting for a replay or a dismissal. */
	OPEN,

	/** Sent again by an operator (or the stranded-calls job). */
	REPLAYED,

	/** Its conversation was imported after all. */
	RESOLVED,

	/** An operator took it off the list. */
	DISMISSED

}
