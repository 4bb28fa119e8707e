package io.callimport.simulator.notification;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mypurecloud.sdk.v2.model.AvailableTopic;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.jspecify.annotations.Nullable;

/**
 * The topics the simulator publishes: per user and per queue conversation topics. Others
 * are refused rather than accepted and never served.
 */
final class TopicCatalog {

	private static final Pattern USER_TOPIC = Pattern
		.compile("v2\\.users\\.([0-9a-fA-F-]{36})\\.conversations(\\.calls|\\.chats)?");

	private static final Pattern QUEUE_TOPIC = Pattern
		.compile("v2\\.routing\\.queues\\.([0-9a-fA-F-]{36})\\.conversations(\\.calls|\\.chats)?");

	private TopicCatalog() {
	}

	static String userCalls(String userId) {
		return "v2.users." + userId + ".conversations.calls";
	}

	static String userConversations(String userId) {
		return "v2.users." + userId + ".conversations";
	}

	static String userChats(String userId) {
		return "v2.users." + userId + ".conversations.chats";
	}

	/**
	 * Why a topic cannot be subscribed in this organisation, or {@code null} if it can.
	 */
	static @Nullable String rejection(SimulatedOrganization org, String topic) {
		Matcher user = USER_TOPIC.matcher(topic);
		if (user.matches()) {
			return org.directory().user(user.group(1)).isPresent() ? null : "User " + user.group(1) + " not found";
		}
		Matcher queue = QUEUE_TOPIC.matcher(topic);
		if (queue.matches()) {
			return org.queueId().equals(queue.group(1)) ? null : "Queue " + queue.group(1) + " not found";
		}
		return "Topic " + topic + " is not valid or not simulated";
	}

	static List<AvailableTopic> available() {
		return List.of(topic("v2.users.{id}.conversations", "Conversations of a user, all media"),
				topic("v2.users.{id}.conversations.calls", "Calls of a user"),
				topic("v2.users.{id}.conversations.chats", "Chats of a user"),
				topic("v2.routing.queues.{id}.conversations", "Conversations of a queue, all media"),
				topic("v2.routing.queues.{id}.conversations.calls", "Calls of a queue"));
	}

	private static AvailableTopic topic(String id, String description) {
		return new AvailableTopic().id(id)
			.description(description)
			.requiresPermissions(List.of("conversation:communication:view"))
			.requiresCurrentUser(false)
			.requiresCurrentUserOrPermission(true)
			.transports(List.of(AvailableTopic.TransportsEnum.WEBSOCKET))
			.schema(Map.of("id", id));
	}

}
