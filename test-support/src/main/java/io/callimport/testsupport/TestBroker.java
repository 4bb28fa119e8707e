package io.callimport.testsupport;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One virtual host of the test RabbitMQ broker.
 */
public record TestBroker(String host, int port, String virtualHost, String username, String password) {

	/**
	 * The Spring Boot properties that point a RabbitMQ connection at this virtual host.
	 */
	public Map<String, String> springProperties() {
		return Map.of("spring.rabbitmq.host", this.host, "spring.rabbitmq.port", Integer.toString(this.port),
				"spring.rabbitmq.virtual-host", this.virtualHost, "spring.rabbitmq.username", this.username,
				"spring.rabbitmq.password", this.password);
	}

	/**
	 * The same, but through another host and port (a {@link TcpProxy} in front of the
	 * broker).
	 */
	public Map<String, String> springPropertiesVia(String proxyHost, int proxyPort) {
		return Map.of("spring.rabbitmq.host", proxyHost, "spring.rabbitmq.port", Integer.toString(proxyPort),
				"spring.rabbitmq.virtual-host", this.virtualHost, "spring.rabbitmq.username", this.username,
				"spring.rabbitmq.password", this.password);
	}

	public void registerWith(DynamicPropertyRegistry registry) {
		springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

}
