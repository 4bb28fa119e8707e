package io.callimport.producer.reconciliation;

/**
 * Why a reconciliation runs ({@code reconciliation_runs.kind}).
 */
public enum RunKind {

	NIGHTLY, MANUAL, BACKFILL, GAP

}
