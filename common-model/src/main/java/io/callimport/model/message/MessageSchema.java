package io.callimport.model.message;

/**
 * Schema versions of the messages. Bump a version when a field changes meaning or a
 * required field is added; adding an optional field does not need a bump.
 */
public final class MessageSchema {

	/** Version of {@link ConversationEnded}. */
	public static final int CONVERSATION_ENDED = 1;

	/** Version of {@link CallReadyForAnalysis}. */
	public static final int CALL_READY_FOR_ANALYSIS = 1;

	private MessageSchema() {
	}

}
