package io.callimport.genesys.budget;

/**
 * Who is asking: live work (imports of calls that just ended, agent sync, channel upkeep)
 * or background work (reconciliation, backfill).
 */
public enum Lane {

	/** Served first; background work leaves it a reserve of permits. */
	LIVE,

	/**
	 * Takes permits only within its share and only while live work leaves the reserve
	 * untouched.
	 */
	BACKGROUND

}
