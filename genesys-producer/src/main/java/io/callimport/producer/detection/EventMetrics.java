package io.callimport.producer.detection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import io.callimport.producer.tenant.TenantProperties;

/**
 * {@code callimport.notification.events{outcome}}: every websocket frame, by what became
 * of it.
 */
@Component
class EventMetrics {

	/** A group agent's call ended: handed to the outbox. */
	static final String ACCEPTED = "accepted";

	/** An event of a group agent that is not (yet) the end of their call. */
	static final String IGNORED = "ignored";

	/** Not JSON, or not the shape its topic promises. */
	static final String MALFORMED = "malformed";

	/** A topic the producer never subscribed to. */
	static final String UNKNOWN_TOPIC = "unknown_topic";

	/** An event about a user who is not an active agent of the group. */
	static final String UNKNOWN_USER = "unknown_user";

	/** A heartbeat or pong. */
	static final String HEARTBEAT = "heartbeat";

	/** {@code v2.system.socket_closing}. */
	static final String SOCKET_CLOSING = "socket_closing";

	/**
	 * A group agent's call ended, but its conversation id is not a UUID: parked as an
	 * import failure.
	 */
	static final String PARKED = "parked";

	/** The end could not be stored yet (database unavailable): kept in memory. */
	static final String BACKLOGGED = "backlogged";

	private final MeterRegistry registry;

	private final String tenantId;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	EventMetrics(MeterRegistry registry, TenantProperties tenant) {
		this.registry = registry;
		this.tenantId = tenant.id();
	}

	void count(String outcome) {
		this.counters
			.computeIfAbsent(outcome,
					(name) -> Counter.builder("callimport.notification.events")
						.description("Notification websocket frames, by outcome")
						.tag("tenant", this.tenantId)
						.tag("outcome", name)
						.register(this.registry))
			.increment();
	}

}
