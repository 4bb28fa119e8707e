package io.callimport.producer.failure;

/**
 * Where a dead-lettered import stands: waiting for an operator, replayed, or resolved
 * (imported after all).
 */
public enum FailureStatus {

	OPEN, REPLAYED, RESOLVED

}
