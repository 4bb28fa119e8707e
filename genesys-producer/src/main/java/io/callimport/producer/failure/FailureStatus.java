package io.callimport.producer.failure;

/**
 * Where a dead-lettered import stands: waiting for an operator, replayed, resolved
 * (imported after all), or dismissed by an operator (nothing can import it).
 */
public enum FailureStatus {

	OPEN, REPLAYED, RESOLVED, DISMISSED

}
