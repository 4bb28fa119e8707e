package io.callimport.consumer.importing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes.PurposeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.callimport.model.message.CallIds;
import io.callimport.model.message.ConversationEnded;

/**
 * Maps analytics details to the columns of a call. Agents are the tenant's agents among
 * the user participants; the customer is the customer (or external) participant.
 */
@Component
class CallMetadataMapper {

	private static final Set<PurposeEnum> CUSTOMER = Set.of(PurposeEnum.CUSTOMER, PurposeEnum.EXTERNAL);

	private final AgentDirectory agents;

	CallMetadataMapper(AgentDirectory agents) {
		this.agents = agents;
	}

	CallMetadata map(ConversationEnded message, ConversationDetails details) {
		List<String> users = details.participants()
			.stream()
			.map(AnalyticsParticipantWithoutAttributes::getUserId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<String> groupAgents = this.agents.agentsAmong(message.tenantId(), users);
		if (groupAgents.isEmpty() && message.agentUserId() != null) {
			groupAgents = List.of(message.agentUserId());
		}
		Optional<AnalyticsSession> customer = customerSessions(details).findFirst();
		return new CallMetadata(CallIds.of(message.tenantId(), message.conversationId()), message.tenantId(),
				message.conversationId(), agentOf(message, groupAgents), groupAgents,
				customer.map(AnalyticsSession::getAni).orElse(null),
				customer.map(AnalyticsSession::getDnis).orElse(null), direction(details, customer), details.start(),
				details.end(), Duration.between(details.start(), details.end()).toMillis(),
				distinct(details.segments(), AnalyticsConversationSegment::getQueueId),
				distinct(details.segments(), AnalyticsConversationSegment::getWrapUpCode), disconnectType(details),
				divisions(details), details.json());
	}

	/** The agent the producer named, when it took part, else the first group agent. */
	private static @Nullable String agentOf(ConversationEnded message, List<String> groupAgents) {
		if (message.agentUserId() != null && groupAgents.contains(message.agentUserId())) {
			return message.agentUserId();
		}
		return groupAgents.isEmpty() ? message.agentUserId() : groupAgents.get(0);
	}

	private static Stream<AnalyticsSession> customerSessions(ConversationDetails details) {
		Stream<AnalyticsSession> customers = details.participants()
			.stream()
			.filter((participant) -> CUSTOMER.contains(participant.getPurpose()))
			.flatMap(ConversationDetails::sessionsOf);
		return Stream.concat(customers, details.sessions()).filter((session) -> session.getAni() != null);
	}

	private static @Nullable String direction(ConversationDetails details, Optional<AnalyticsSession> customer) {
		if (details.conversation().getOriginatingDirection() != null) {
			return details.conversation().getOriginatingDirection().toString();
		}
		return customer.map(AnalyticsSession::getDirection).map(Object::toString).orElse(null);
	}

	/**
	 * How the customer's leg ended, else how the last segment with a disconnect ended.
	 */
	private static @Nullable String disconnectType(ConversationDetails details) {
		Stream<AnalyticsConversationSegment> customer = details.participants()
			.stream()
			.filter((participant) -> CUSTOMER.contains(participant.getPurpose()))
			.flatMap(ConversationDetails::sessionsOf)
			.flatMap(ConversationDetails::segmentsOf);
		Optional<AnalyticsConversationSegment> last = lastDisconnect(customer);
		if (last.isEmpty()) {
			last = lastDisconnect(details.segments());
		}
		return last.map((segment) -> segment.getDisconnectType().toString()).orElse(null);
	}

	private static Optional<AnalyticsConversationSegment> lastDisconnect(
			Stream<AnalyticsConversationSegment> segments) {
		return segments.filter((segment) -> segment.getDisconnectType() != null)
			.max(Comparator.comparing(AnalyticsConversationSegment::getSegmentEnd,
					Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	private static List<String> divisions(ConversationDetails details) {
		List<String> divisions = details.conversation().getDivisionIds();
		return (divisions != null) ? divisions.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

	private static <T> List<String> distinct(Stream<T> items, Function<T, @Nullable String> value) {
		return items.map(value).filter(Objects::nonNull).distinct().toList();
	}

}
