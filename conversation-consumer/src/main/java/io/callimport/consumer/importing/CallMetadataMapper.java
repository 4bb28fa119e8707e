package io.callimport.consumer.importing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.callimport.genesys.conversations.Participant;
import io.callimport.genesys.conversations.Segment;
import io.callimport.genesys.conversations.Session;
import io.callimport.model.message.CallIds;
import io.callimport.model.message.ConversationEnded;

/**
 * Maps analytics details to the columns of a call. Agents are the tenant's agents among
 * the user participants; the customer is the customer (or external) participant.
 */
@Component
class CallMetadataMapper {

	private static final Set<String> CUSTOMER = Set.of(Participant.CUSTOMER, Participant.EXTERNAL);

	private final AgentDirectory agents;

	CallMetadataMapper(AgentDirectory agents) {
		this.agents = agents;
	}

	CallMetadata map(ConversationEnded message, ConversationDetails details) {
		List<String> users = details.participants()
			.stream()
			.map(Participant::userId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<String> groupAgents = this.agents.agentsAmong(message.tenantId(), users);
		if (groupAgents.isEmpty() && message.agentUserId() != null) {
			groupAgents = List.of(message.agentUserId());
		}
		Optional<Session> customer = customerSessions(details).findFirst();
		return new CallMetadata(CallIds.of(message.tenantId(), message.conversationId()), message.tenantId(),
				message.conversationId(), agentOf(message, groupAgents), groupAgents,
				customer.map(Session::ani).orElse(null), customer.map(Session::dnis).orElse(null),
				direction(details, customer), details.start(), details.end(),
				Duration.between(details.start(), details.end()).toMillis(),
				distinct(details.segments(), Segment::queueId), distinct(details.segments(), Segment::wrapUpCode),
				disconnectType(details), divisions(details), details.json());
	}

	/** The agent the producer named, when it took part, else the first group agent. */
	private static @Nullable String agentOf(ConversationEnded message, List<String> groupAgents) {
		if (message.agentUserId() != null && groupAgents.contains(message.agentUserId())) {
			return message.agentUserId();
		}
		return groupAgents.isEmpty() ? message.agentUserId() : groupAgents.get(0);
	}

	private static Stream<Session> customerSessions(ConversationDetails details) {
		Stream<Session> customers = details.participants()
			.stream()
			.filter(CallMetadataMapper::isCustomer)
			.flatMap(ConversationDetails::sessionsOf);
		return Stream.concat(customers, details.sessions()).filter((session) -> session.ani() != null);
	}

	private static boolean isCustomer(Participant participant) {
		return participant.purpose() != null && CUSTOMER.contains(participant.purpose());
	}

	private static @Nullable String direction(ConversationDetails details, Optional<Session> customer) {
		if (details.conversation().originatingDirection() != null) {
			return details.conversation().originatingDirection();
		}
		return customer.map(Session::direction).orElse(null);
	}

	/**
	 * How the customer's leg ended, else how the last segment with a disconnect ended.
	 */
	private static @Nullable String disconnectType(ConversationDetails details) {
		Stream<Segment> customer = details.participants()
			.stream()
			.filter(CallMetadataMapper::isCustomer)
			.flatMap(ConversationDetails::sessionsOf)
			.flatMap(ConversationDetails::segmentsOf);
		Optional<Segment> last = lastDisconnect(customer);
		if (last.isEmpty()) {
			last = lastDisconnect(details.segments());
		}
		return last.map(Segment::disconnectType).orElse(null);
	}

	private static Optional<Segment> lastDisconnect(Stream<Segment> segments) {
		return segments.filter((segment) -> segment.disconnectType() != null)
			.max(Comparator.comparing(Segment::end, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	private static List<String> divisions(ConversationDetails details) {
		return details.conversation().divisionIds().stream().distinct().toList();
	}

	private static <T> List<String> distinct(Stream<T> items, Function<T, @Nullable String> value) {
		return items.map(value).filter(Objects::nonNull).distinct().toList();
	}

}
