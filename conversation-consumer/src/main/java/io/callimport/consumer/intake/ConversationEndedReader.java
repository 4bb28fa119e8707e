package io.callimport.consumer.intake;

import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.model.message.ConversationEnded;

/**
 * Reads a {@link ConversationEnded} off a delivery and checks that its ids are safe to
 * use in keys and queries; anything else is {@code MALFORMED_MESSAGE}.
 */
@Component
class ConversationEndedReader {

	/** Far above any real message; a bigger one is not ours. */
	static final int MAX_BYTES = 64 * 1024;

	private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	private final JsonMapper json;

	ConversationEndedReader(JsonMapper json) {
		this.json = json;
	}

	ConversationEnded read(Message delivered) {
		byte[] body = delivered.getBody();
		if (body.length == 0 || body.length > MAX_BYTES) {
			throw malformed("its body has " + body.length + " bytes");
		}
		ConversationEnded message;
		try {
			message = this.json.readValue(body, ConversationEnded.class);
		}
		catch (JacksonException ex) {
			throw malformed("it is not a ConversationEnded JSON document: " + firstLine(ex.getOriginalMessage()));
		}
		if (message == null) {
			throw malformed("it is JSON null");
		}
		if (!TENANT_ID.matcher(message.tenantId()).matches()) {
			throw malformed("its tenantId is not a valid tenant id");
		}
		if (!CONVERSATION_ID.matcher(message.conversationId()).matches()) {
			throw malformed("its conversationId is not a valid Genesys id");
		}
		return message;
	}

	private static ImportFailureException malformed(String why) {
		return new ImportFailureException(ReasonCode.MALFORMED_MESSAGE, "The message cannot be imported: " + why);
	}

	private static String firstLine(String text) {
		String line = (text != null) ? text.lines().findFirst().orElse("") : "";
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
