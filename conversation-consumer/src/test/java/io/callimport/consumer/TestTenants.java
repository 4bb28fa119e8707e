package io.callimport.consumer;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.SimulatorControl;

/**
 * Creates tenants as an installation would: a Genesys organisation (on the simulator),
 * the tenant's settings through the settings store, and its agents as the producer's
 * agent sync would leave them.
 */
public final class TestTenants {

	private final GenesysSettingsRepository settings;

	private final JdbcClient jdbc;

	private final SimulatorControl simulator;

	public TestTenants(GenesysSettingsRepository settings, JdbcClient jdbc, SimulatorControl simulator) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.simulator = simulator;
	}

	/** A tenant with one OAuth client and a group of {@code agents}, default timings. */
	public Tenant create(String tenantId, int agents) {
		return create(tenantId, scenario(tenantId, agents));
	}

	/**
	 * The scenario {@link #create(String, int)} uses, to adjust before creating. Client
	 * ids are unique in the simulator, so each scenario gets a new one.
	 */
	public static OrganizationScenario scenario(String tenantId, int agents) {
		String clientId = tenantId + "-client-" + UUID.randomUUID().toString().substring(0, 8);
		return OrganizationScenario.of(clientId, secret(tenantId), tenantId + " agents", agents)
			.withLimits(1000, 20, 100_000);
	}

	public Tenant create(String tenantId, OrganizationScenario scenario) {
		String orgId = tenantId + "-org-" + UUID.randomUUID().toString().substring(0, 8);
		OrganizationState state = this.simulator.putOrganization(orgId, scenario);
		String clientId = scenario.clients().get(0).clientId();
		this.settings.save(new NewSettings(tenantId, orgId, "mypurecloud.com", clientId,
				new ClientSecret(secret(tenantId)), state.groupId(), null, null, null, null));
		Instant now = Instant.now();
		for (String agent : state.agentUserIds()) {
			this.jdbc.sql("""
					INSERT INTO agents (tenant_id, user_id, name, active, first_synced_at, last_synced_at)
					VALUES (:tenantId, :userId, :userId, true, :now, :now)
					""")
				.param("tenantId", tenantId)
				.param("userId", agent)
				.param("now", java.sql.Timestamp.from(now))
				.update();
		}
		return new Tenant(tenantId, orgId, clientId, state);
	}

	static String secret(String tenantId) {
		return tenantId + "-secret-" + "x".repeat(16);
	}

	/** A tenant and its organisation. */
	public record Tenant(String id, String orgId, String clientId, OrganizationState organization) {

		public String agent(int index) {
			return this.organization.agentUserIds().get(index);
		}

	}

}
