package io.callimport.producer.notification;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import io.callimport.producer.tenant.TenantProperties;

/**
 * {@code callimport.websocket.connected} (1 while this replica holds live sockets for all
 * its topics), {@code callimport.websocket.reconnects{reason}} and
 * {@code callimport.websocket.refused} (connectUris not opened: not wss to an allowed
 * host).
 */
@Component
public class SocketMetrics {

	private final MeterRegistry registry;

	private final String tenantId;

	private final AtomicInteger connected = new AtomicInteger();

	SocketMetrics(MeterRegistry registry, TenantProperties tenant) {
		this.registry = registry;
		this.tenantId = tenant.id();
		Gauge.builder("callimport.websocket.connected", this.connected, AtomicInteger::get)
			.description("1 while every notification channel of this replica has a live socket")
			.tag("tenant", this.tenantId)
			.register(registry);
	}

	public void connected(boolean live) {
		this.connected.set(live ? 1 : 0);
	}

	/** A socket is being replaced or reopened, and why. */
	public void reconnect(String reason) {
		Counter.builder("callimport.websocket.reconnects")
			.description("Notification sockets reopened or replaced, by reason")
			.tag("tenant", this.tenantId)
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	/** Genesys handed over a connectUri the client refused to open. */
	public void refused() {
		Counter.builder("callimport.websocket.refused")
			.description("Notification connectUris refused: not wss to an allowed host, or an internal address")
			.tag("tenant", this.tenantId)
			.register(this.registry)
			.increment();
	}

}
