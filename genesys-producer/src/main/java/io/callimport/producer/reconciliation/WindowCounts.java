package io.callimport.producer.reconciliation;

/**
 * What the reconciliation of one window found and did; {@code found} is the sum of the
 * other four.
 *
 * @param found group agents' ended voice conversations of the window
 * @param alreadyImported of those, imported (or failed for good) already
 * @param inFlight published or importing, not finished yet
 * @param requeued published now
 * @param failed could not be published
 */
public record WindowCounts(int found, int alreadyImported, int inFlight, int requeued, int failed) {

	public static final WindowCounts NONE = new WindowCounts(0, 0, 0, 0, 0);

}
