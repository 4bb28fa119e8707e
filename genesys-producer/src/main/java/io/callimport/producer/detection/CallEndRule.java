package io.callimport.producer.detection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.callimport.producer.publishing.ConversationIds;

/**
 * "The call ended for agent X", read from the body of a
 * {@code v2.users.{X}.conversations.calls} event: every participant of X is
 * {@code disconnected} or {@code terminated} and has an {@code endTime}. Only the ids and
 * times are taken from the event; the consumer reads the facts from analytics. An ended
 * call whose id is not a Genesys conversation id (a UUID) is refused with
 * {@link InvalidConversationIdException}, to be parked rather than published.
 */
final class CallEndRule {

	private static final Set<String> ENDED_STATES = Set.of("disconnected", "terminated");

	private CallEndRule() {
	}

	/**
	 * @throws MalformedEventException when the body is not a conversation with
	 * participants
	 * @throws InvalidConversationIdException when the call ended but its id is not a UUID
	 */
	static Optional<EndedCall> evaluate(String userId, JsonNode body) {
		String conversationId = text(body.get("id"));
		JsonNode participants = body.get("participants");
		if (conversationId == null || participants == null || !participants.isArray()) {
			throw new MalformedEventException("the event body has no conversation id or no participants");
		}
		List<Instant> agentEnds = new ArrayList<>();
		boolean agentPresent = false;
		Instant conversationEnd = Instant.MIN;
		boolean allEnded = true;
		for (JsonNode participant : participants) {
			Instant end = endOf(participant);
			allEnded &= end != null;
			if (end != null && end.isAfter(conversationEnd)) {
				conversationEnd = end;
			}
			if (userId.equals(text(participant.path("user").get("id")))) {
				agentPresent = true;
				if (end == null) {
					return Optional.empty();
				}
				agentEnds.add(end);
			}
		}
		if (!agentPresent) {
			return Optional.empty();
		}
		Instant agentEnd = agentEnds.stream().max(Instant::compareTo).orElseThrow();
		EndedCall ended = new EndedCall(conversationId, userId, allEnded ? conversationEnd : agentEnd);
		if (!ConversationIds.isValid(conversationId)) {
			throw new InvalidConversationIdException(ended);
		}
		return Optional.of(ended);
	}

	/** The participant's end, or {@code null} while it has not ended. */
	private static @Nullable Instant endOf(JsonNode participant) {
		String state = text(participant.get("state"));
		String endTime = text(participant.get("endTime"));
		if (state == null || endTime == null || !ENDED_STATES.contains(state.toLowerCase(Locale.ROOT))) {
			return null;
		}
		try {
			return OffsetDateTime.parse(endTime).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new MalformedEventException("a participant's endTime is not an ISO-8601 time");
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isString() && !node.asString().isBlank()) ? node.asString() : null;
	}

	/** A call ended whose id is not a Genesys conversation id. */
	static final class InvalidConversationIdException extends RuntimeException {

		private final EndedCall call;

		InvalidConversationIdException(EndedCall call) {
			super("the conversation id '" + ConversationIds.printable(call.conversationId()) + "' is not a UUID");
			this.call = call;
		}

		EndedCall call() {
			return this.call;
		}

	}

	/** The event does not have the shape of a call event. */
	static final class MalformedEventException extends RuntimeException {

		MalformedEventException(String message) {
			super(message);
		}

	}

}
