package io.callimport.simulator.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.ConversationChanged;
import io.callimport.simulator.conversation.Leg;
import io.callimport.simulator.fault.FaultRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces each change of a live conversation to every user participant still in it (on
 * their {@code .conversations.calls} and {@code .conversations} topics) and to the
 * queue's topics, on every channel subscribed and connected. No replay: a channel without
 * a socket misses the event, as with Genesys.
 */
@Component
class NotificationPublisher {

	private final ChannelRegistry channels;

	private final FaultRegistry faults;

	NotificationPublisher(ChannelRegistry channels, FaultRegistry faults) {
		this.channels = channels;
		this.faults = faults;
	}

	@EventListener
	void on(ConversationChanged changed) {
		Conversation conversation = changed.conversation();
		Instant at = changed.at();
		Object conversationBody = ConversationEventBodies.conversation(conversation, at);
		Object callBody = conversation.isVoice() ? CallEventBodies.call(conversation, at) : null;
		List<String[]> frames = new ArrayList<>();
		for (Leg agent : conversation.agents()) {
			boolean present = Leg.reached(agent.joinedAt(), at)
					&& (agent.wrapUpEndsAt() == null || !at.isAfter(agent.wrapUpEndsAt()));
			if (present && agent.userId() != null) {
				if (callBody != null) {
					addFrame(frames, TopicCatalog.userCalls(agent.userId()), callBody);
				}
				addFrame(frames, TopicCatalog.userConversations(agent.userId()), conversationBody);
			}
		}
		String queueTopic = "v2.routing.queues." + conversation.queueId() + ".conversations";
		addFrame(frames, queueTopic, conversationBody);
		if (callBody != null) {
			addFrame(frames, queueTopic + ".calls", callBody);
		}
		frames.forEach((frame) -> deliver(conversation, frame[0], frame[1]));
	}

	private static void addFrame(List<String[]> frames, String topic, Object body) {
		frames.add(new String[] { topic, WireMessages.event(topic, body) });
	}

	private void deliver(Conversation conversation, String topic, String json) {
		for (NotificationChannel channel : this.channels.ofOrganization(conversation.organizationId())) {
			ChannelSocket socket = channel.socket();
			if (socket == null || !channel.isSubscribed(topic)) {
				continue;
			}
			if (this.faults.dropEvent(conversation.organizationId())) {
				conversation.events().dropped();
			}
			else if (socket.send(json)) {
				conversation.events().published();
			}
		}
	}

}
