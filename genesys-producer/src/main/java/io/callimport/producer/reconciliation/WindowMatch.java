package io.callimport.producer.reconciliation;

/**
 * Which ended conversations belong to a window.
 */
public enum WindowMatch {

	/** Those that ended inside it (nightly runs, backfills). */
	ENDED_WITHIN,

	/**
	 * Those that were going on at some time inside it (gaps: any of their events may have
	 * been missed).
	 */
	OVERLAPPING

}
