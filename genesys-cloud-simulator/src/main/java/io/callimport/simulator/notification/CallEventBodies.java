package io.callimport.simulator.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallConversation;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallMediaParticipant;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallMediaParticipant.DirectionEnum;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallMediaParticipant.DisconnectTypeEnum;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallMediaParticipant.InitialStateEnum;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallMediaParticipant.StateEnum;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicUriReference;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicWrapup;
import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.Leg;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code v2.users.{id}.conversations.calls} event: the whole conversation
 * as it stands at one instant, every participant with its state and times.
 */
final class CallEventBodies {

	private CallEventBodies() {
	}

	static ConversationCallEventTopicCallConversation call(Conversation conversation, Instant at) {
		List<ConversationCallEventTopicCallMediaParticipant> participants = conversation.legs()
			.stream()
			.filter((leg) -> leg.stateAt(at) != null)
			.map((leg) -> participant(conversation, leg, at))
			.toList();
		boolean recorded = !conversation.recordings().isEmpty();
		return new ConversationCallEventTopicCallConversation().id(conversation.id())
			.participants(participants)
			.maxParticipants(participants.size())
			.recordingState(recorded ? ConversationCallEventTopicCallConversation.RecordingStateEnum.ACTIVE
					: ConversationCallEventTopicCallConversation.RecordingStateEnum.NONE);
	}

	private static ConversationCallEventTopicCallMediaParticipant participant(Conversation conversation, Leg leg,
			Instant at) {
		String state = String.valueOf(leg.stateAt(at));
		boolean ended = Leg.reached(leg.endedAt(), at);
		ConversationCallEventTopicCallMediaParticipant participant = new ConversationCallEventTopicCallMediaParticipant()
			.id(leg.participantId())
			.name(leg.name())
			.address(leg.purpose().equals("customer") ? conversation.ani() : conversation.dnis())
			.startTime(date(leg.joinedAt()))
			.connectedTime(Leg.reached(leg.connectedAt(), at) ? date(leg.connectedAt()) : null)
			.endTime(ended ? date(leg.endedAt()) : null)
			.purpose(leg.purpose())
			.state(StateEnum.valueOf(state.toUpperCase(Locale.ROOT)))
			.initialState(leg.isAgent() ? InitialStateEnum.ALERTING : InitialStateEnum.CONNECTED)
			.direction(DirectionEnum.INBOUND)
			.disconnectType(ended ? DisconnectTypeEnum.valueOf(leg.disconnectType().toUpperCase(Locale.ROOT)) : null)
			.held(false)
			.queue(reference(conversation.queueId()))
			.ani(conversation.ani())
			.dnis(conversation.dnis())
			.recording(!conversation.recordings().isEmpty())
			.muted(false)
			.confined(false);
		if (leg.isAgent()) {
			agentDetails(participant, leg, at, ended);
		}
		return participant;
	}

	private static void agentDetails(ConversationCallEventTopicCallMediaParticipant participant, Leg leg, Instant at,
			boolean ended) {
		participant.user(reference(leg.userId())).wrapupRequired(true).startAcwTime(ended ? date(leg.endedAt()) : null);
		if (Leg.reached(leg.wrapUpEndsAt(), at) && leg.wrapUpEndsAt() != null) {
			participant.endAcwTime(date(leg.wrapUpEndsAt()))
				.wrapup(new ConversationCallEventTopicWrapup().code(leg.wrapUpCode())
					.durationSeconds((int) java.time.Duration.between(leg.endedAt(), leg.wrapUpEndsAt()).toSeconds())
					.endTime(date(leg.wrapUpEndsAt())));
		}
	}

	static @Nullable ConversationCallEventTopicUriReference reference(@Nullable String id) {
		return (id != null) ? new ConversationCallEventTopicUriReference().id(id) : null;
	}

	static Date date(Instant instant) {
		return Date.from(instant);
	}

}
