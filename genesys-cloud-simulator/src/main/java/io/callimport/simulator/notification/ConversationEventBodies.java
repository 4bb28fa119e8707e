package io.callimport.simulator.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.mypurecloud.sdk.v2.model.ConversationEventTopicAddress;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicCall;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicChat;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicConversation;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicParticipant;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicWrapup;
import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.Leg;

/**
 * The body of a {@code v2.users.{id}.conversations} event (every media type): the
 * participants with their calls (or chats) as they stand at one instant.
 */
final class ConversationEventBodies {

	private ConversationEventBodies() {
	}

	static ConversationEventTopicConversation conversation(Conversation conversation, Instant at) {
		List<ConversationEventTopicParticipant> participants = conversation.legs()
			.stream()
			.filter((leg) -> leg.stateAt(at) != null)
			.map((leg) -> participant(conversation, leg, at))
			.toList();
		return new ConversationEventTopicConversation().id(conversation.id())
			.participants(participants)
			.maxParticipants(participants.size())
			.recordingState(conversation.recordings().isEmpty() ? "none" : "active");
	}

	private static ConversationEventTopicParticipant participant(Conversation conversation, Leg leg, Instant at) {
		boolean connected = Leg.reached(leg.connectedAt(), at);
		boolean ended = Leg.reached(leg.endedAt(), at);
		boolean wrappedUp = leg.wrapUpEndsAt() != null && Leg.reached(leg.wrapUpEndsAt(), at);
		ConversationEventTopicParticipant participant = new ConversationEventTopicParticipant().id(leg.participantId())
			.connectedTime(connected ? CallEventBodies.date(leg.connectedAt()) : null)
			.endTime(ended ? CallEventBodies.date(leg.endedAt()) : null)
			.userId(leg.userId())
			.name(leg.name())
			.queueId(conversation.queueId())
			.purpose(leg.purpose())
			.address(leg.purpose().equals("customer") ? conversation.ani() : conversation.dnis())
			.wrapupRequired(leg.isAgent())
			.startAcwTime((leg.isAgent() && ended) ? CallEventBodies.date(leg.endedAt()) : null);
		if (wrappedUp && leg.wrapUpEndsAt() != null) {
			participant.endAcwTime(CallEventBodies.date(leg.wrapUpEndsAt()))
				.wrapup(new ConversationEventTopicWrapup().code(leg.wrapUpCode()));
		}
		String state = String.valueOf(leg.stateAt(at)).toUpperCase(Locale.ROOT);
		if (conversation.isVoice()) {
			participant.calls(List.of(call(conversation, leg, state, connected, ended)));
		}
		else {
			participant.chats(List.of(chat(leg, state, connected, ended)));
		}
		return participant;
	}

	private static ConversationEventTopicCall call(Conversation conversation, Leg leg, String state, boolean connected,
			boolean ended) {
		return new ConversationEventTopicCall().id(leg.sessionId())
			.state(ConversationEventTopicCall.StateEnum.valueOf(state))
			.initialState(leg.isAgent() ? ConversationEventTopicCall.InitialStateEnum.ALERTING
					: ConversationEventTopicCall.InitialStateEnum.CONNECTED)
			.recording(!conversation.recordings().isEmpty())
			.muted(false)
			.confined(false)
			.held(false)
			.direction(ConversationEventTopicCall.DirectionEnum.INBOUND)
			.disconnectType(ended ? ConversationEventTopicCall.DisconnectTypeEnum
				.valueOf(leg.disconnectType().toUpperCase(Locale.ROOT)) : null)
			.self(new ConversationEventTopicAddress()
				.addressNormalized(leg.purpose().equals("customer") ? conversation.ani() : conversation.dnis()))
			.other(new ConversationEventTopicAddress()
				.addressNormalized(leg.purpose().equals("customer") ? conversation.dnis() : conversation.ani()))
			.connectedTime(connected ? CallEventBodies.date(leg.connectedAt()) : null)
			.disconnectedTime(ended ? CallEventBodies.date(leg.endedAt()) : null);
	}

	private static ConversationEventTopicChat chat(Leg leg, String state, boolean connected, boolean ended) {
		return new ConversationEventTopicChat().id(leg.sessionId())
			.state(ConversationEventTopicChat.StateEnum.valueOf(state))
			.initialState(leg.isAgent() ? ConversationEventTopicChat.InitialStateEnum.ALERTING
					: ConversationEventTopicChat.InitialStateEnum.CONNECTED)
			.held(false)
			.disconnectType(ended ? ConversationEventTopicChat.DisconnectTypeEnum
				.valueOf(leg.disconnectType().toUpperCase(Locale.ROOT)) : null)
			.connectedTime(connected ? CallEventBodies.date(leg.connectedAt()) : null)
			.disconnectedTime(ended ? CallEventBodies.date(leg.endedAt()) : null);
	}

}
