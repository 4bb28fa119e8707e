package io.callimport.consumer.importing;

/**
 * A call of a batch whose details are in: what the rest of its import works from.
 *
 * @param pending the delivery
 * @param details the analytics details
 * @param metadata the call's columns
 */
record CallWork(PendingImport pending, ConversationDetails details, CallMetadata metadata) {

	String conversationId() {
		return this.pending.conversationId();
	}

}
