package io.callimport.model.message;

/**
 * How a conversation was found: live on the notification websocket, by a reconciliation
 * (nightly or gap healing), by a backfill of past days, or by an operator's replay.
 */
public enum CallSource {

	WEBSOCKET, RECONCILIATION, BACKFILL, MANUAL

}
