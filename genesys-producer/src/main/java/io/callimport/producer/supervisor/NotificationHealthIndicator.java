package io.callimport.producer.supervisor;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import io.callimport.producer.supervisor.WatchStatus.Role;

/**
 * Readiness of the notification socket ({@code notification} in the readiness group).
 * DOWN while this replica holds the tenant's lease and has no live socket. A standby is
 * UP with {@code role: standby}: it cannot have a socket (only the holder may), and a
 * Kubernetes rollout waiting for every replica to be ready would otherwise never finish;
 * the alert on {@code max(callimport_websocket_connected)} watches the holder. A holder
 * without Genesys settings is UP with {@code role: unconfigured}, so that the
 * installation wizard can reach the settings API through the Service.
 */
@Component
class NotificationHealthIndicator implements HealthIndicator {

	private final ProducerSupervisor supervisor;

	NotificationHealthIndicator(ProducerSupervisor supervisor) {
		this.supervisor = supervisor;
	}

	@Override
	public Health health() {
		WatchStatus status = this.supervisor.status();
		Health.Builder health = switch (status.role()) {
			case STANDBY, UNCONFIGURED -> Health.up();
			case ACTIVE -> status.live() ? Health.up() : Health.down();
			case STARTING -> Health.down();
		};
		health.withDetail("role", status.role().name().toLowerCase(java.util.Locale.ROOT));
		if (status.role() == Role.ACTIVE) {
			health.withDetail("live", status.live())
				.withDetail("channels", status.channels())
				.withDetail("agents", status.agents());
			if (status.lastFrameAt() != null) {
				health.withDetail("lastFrameAt", status.lastFrameAt().toString());
			}
		}
		return health.build();
	}

}
