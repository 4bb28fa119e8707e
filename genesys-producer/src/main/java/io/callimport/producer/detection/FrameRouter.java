package io.callimport.producer.detection;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.callimport.producer.agent.AgentRoster;
import io.callimport.producer.notification.NotificationFrames;

/**
 * Reads every websocket frame: heartbeats and {@code socket_closing} go back to the
 * session, a group agent's call event goes through {@link CallEndRule}. Malformed frames,
 * unknown topics and events for users who are not active agents are counted and logged
 * (topic and size only, never the payload) and change nothing.
 */
@Component
class FrameRouter implements NotificationFrames {

	private static final Logger log = LoggerFactory.getLogger(FrameRouter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern USER_CALLS = Pattern.compile("v2\\.users\\.([^.]+)\\.conversations\\.calls");

	private static final int MAX_LOGGED_TOPIC = 120;

	private final AgentRoster roster;

	private final DetectedEnds ends;

	private final EventMetrics metrics;

	FrameRouter(AgentRoster roster, DetectedEnds ends, EventMetrics metrics) {
		this.roster = roster;
		this.ends = ends;
		this.metrics = metrics;
	}

	@Override
	public FrameKind handle(String frame) {
		JsonNode root;
		try {
			root = JSON.readTree(frame);
		}
		catch (JacksonException ex) {
			return malformed("a frame of " + frame.length() + " characters is not JSON");
		}
		JsonNode topicNode = (root != null) ? root.get("topicName") : null;
		if (topicNode == null || !topicNode.isString()) {
			return malformed("a frame of " + frame.length() + " characters has no topicName");
		}
		String topic = topicNode.asString();
		if (topic.equals("channel.metadata")) {
			this.metrics.count(EventMetrics.HEARTBEAT);
			return FrameKind.HEARTBEAT;
		}
		if (topic.equals("v2.system.socket_closing")) {
			this.metrics.count(EventMetrics.SOCKET_CLOSING);
			return FrameKind.SOCKET_CLOSING;
		}
		Matcher calls = USER_CALLS.matcher(topic);
		if (!calls.matches()) {
			this.metrics.count(EventMetrics.UNKNOWN_TOPIC);
			log.warn("Ignored a frame on unknown topic '{}'", abbreviate(topic));
			return FrameKind.OTHER;
		}
		return callEvent(calls.group(1), root.get("eventBody"));
	}

	private FrameKind callEvent(String userId, JsonNode body) {
		if (!this.roster.isActive(userId)) {
			this.metrics.count(EventMetrics.UNKNOWN_USER);
			log.info("Ignored a call event for user {}, who is not an active agent of the group", userId);
			return FrameKind.OTHER;
		}
		if (body == null || !body.isObject()) {
			return malformed("a call event for user " + userId + " has no eventBody");
		}
		Optional<EndedCall> ended;
		try {
			ended = CallEndRule.evaluate(userId, body);
		}
		catch (CallEndRule.MalformedEventException ex) {
			return malformed("a call event for user " + userId + " is malformed: " + ex.getMessage());
		}
		catch (CallEndRule.InvalidConversationIdException ex) {
			this.metrics.count(EventMetrics.PARKED);
			this.ends.park(ex.call(), "a call event for agent " + userId + " ended a call whose " + ex.getMessage());
			return FrameKind.EVENT;
		}
		if (ended.isEmpty()) {
			this.metrics.count(EventMetrics.IGNORED);
			return FrameKind.EVENT;
		}
		// every line carries tenantId already (logging.structured.json.add); a second
		// tenantId from the MDC would make the JSON encoder drop the line
		try (MDC.MDCCloseable conversation = MDC.putCloseable("conversationId", ended.get().conversationId())) {
			this.metrics.count(this.ends.submit(ended.get()) ? EventMetrics.ACCEPTED : EventMetrics.BACKLOGGED);
		}
		return FrameKind.EVENT;
	}

	private FrameKind malformed(String what) {
		this.metrics.count(EventMetrics.MALFORMED);
		log.warn("Ignored a malformed notification frame: {}", what);
		return FrameKind.OTHER;
	}

	private static String abbreviate(String text) {
		return (text.length() <= MAX_LOGGED_TOPIC) ? text : text.substring(0, MAX_LOGGED_TOPIC) + "…";
	}

}
