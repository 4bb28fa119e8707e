package io.callimport.bench;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.SimulatorControl;

/**
 * Creates tenants as an installation leaves them: an organisation on the simulator, the
 * tenant's settings in the encrypted settings store (as the settings API writes them),
 * and its agents as the producer's agent sync leaves them.
 */
public final class BenchTenants {

	/**
	 * Analytics and recordings ready the moment a call ends (the simulator's defaults lag
	 * them by a second each, as Genesys lags by seconds).
	 */
	public static final UnaryOperator<OrganizationScenario> READY_AT_ONCE = (scenario) -> scenario
		.withLags(Duration.ZERO, Duration.ZERO);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final GenesysSettingsRepository settings;

	private final JdbcClient jdbc;

	private final SimulatorControl simulator;

	public BenchTenants(GenesysSettingsRepository settings, JdbcClient jdbc, SimulatorControl simulator) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.simulator = simulator;
	}

	/**
	 * A tenant named {@code prefix-<random>} with a group of {@code agents}; Genesys'
	 * default limits (300 requests a minute per token) unless {@code adjust} changes
	 * them.
	 */
	public BenchTenant create(String prefix, int agents, UnaryOperator<OrganizationScenario> adjust) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String tenantId = prefix + "-" + suffix;
		String clientId = tenantId + "-client";
		// random per run and never printed: the bench handles it like a real secret
		String secret = HexFormat.of().formatHex(RANDOM.generateSeed(16));
		String orgId = tenantId + "-org";
		OrganizationScenario scenario = adjust
			.apply(OrganizationScenario.of(clientId, secret, tenantId + " agents", agents).withSeed(RANDOM.nextLong()));
		OrganizationState state = this.simulator.putOrganization(orgId, scenario);
		this.settings.save(new NewSettings(tenantId, orgId, "mypurecloud.com", clientId, new ClientSecret(secret),
				state.groupId(), null, null, null, null));
		Timestamp now = Timestamp.from(Instant.now());
		for (String agent : state.agentUserIds()) {
			this.jdbc.sql("""
					INSERT INTO agents (tenant_id, user_id, name, active, first_synced_at, last_synced_at)
					VALUES (:tenantId, :userId, :userId, true, :now, :now)
					""").param("tenantId", tenantId).param("userId", agent).param("now", now).update();
		}
		return new BenchTenant(tenantId, orgId, clientId, state.agentUserIds());
	}

}
