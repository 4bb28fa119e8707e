package io.callimport.simulator.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.SystemMessageSystemMessage;
import io.callimport.simulator.web.GenesysMapper;

/**
 * The frames of the notification websocket, written with the SDK's mapper.
 */
final class WireMessages {

	static final String HEARTBEAT = json(metadata("WebSocket Heartbeat"));

	static final String PONG = json(metadata("pong"));

	private WireMessages() {
	}

	/**
	 * An event:
	 * {@code {"topicName","version":"2","eventBody","metadata":{"CorrelationId"}}}.
	 */
	static String event(String topicName, Object eventBody) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("topicName", topicName);
		envelope.put("version", "2");
		envelope.put("eventBody", eventBody);
		envelope.put("metadata", Map.of("CorrelationId", UUID.randomUUID().toString()));
		return json(envelope);
	}

	static String socketClosing(NotificationChannel channel) {
		SystemMessageSystemMessage body = new SystemMessageSystemMessage().channelId(channel.id())
			.organizationId(channel.organizationId())
			.oauthClientId(channel.clientId())
			.correlationId(UUID.randomUUID().toString())
			.message("The socket will close soon for maintenance; reconnect.");
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("topicName", "v2.system.socket_closing");
		envelope.put("eventBody", body);
		return json(envelope);
	}

	private static Map<String, Object> metadata(String message) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("topicName", "channel.metadata");
		envelope.put("eventBody", Map.of("message", message));
		return envelope;
	}

	private static String json(Object value) {
		try {
			return GenesysMapper.get().writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write a websocket frame", ex);
		}
	}

}
