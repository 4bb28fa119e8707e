package io.callimport.genesys;

import java.time.Duration;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.budget.Lane;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.model.settings.ClientSecret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The factory: one client per tenant, lanes over one token, one budget per OAuth client
 * id.
 */
class GenesysClientsTests {

	private static final String GROUP = "/api/v2/groups/g1";

	private final FakeGenesys genesys = new FakeGenesys();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	// 60 a minute with a burst of 2: a third request waits about a second
	private final GenesysClients clients = new GenesysClients(this.genesys.properties(RetrySettings.defaults(),
			new BudgetSettings(60, 2, 1.0, 1, Duration.ofSeconds(30)), GenesysProperties.Timeouts.defaults()),
			this.registry);

	@AfterEach
	void close() {
		this.clients.close();
		this.genesys.close();
	}

	@Test
	void rejectsAnUnknownRegionNamingTheValidOnes() {
		try (GenesysClients regional = new GenesysClients(GenesysProperties.defaults(), this.registry)) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> regional.forTenant("tenant-a",
						new GenesysCredentials("mypurecloud.fr", "client", new ClientSecret("secret"))))
				.withMessageStartingWith("Unknown Genesys Cloud region 'mypurecloud.fr'; valid region domains are: ");
		}
	}

	@Test
	void keepsTheOldClientWhenNewCredentialsAreUnusable() {
		try (GenesysClients regional = new GenesysClients(GenesysProperties.defaults(), this.registry)) {
			GenesysClient client = regional.forTenant("tenant-a", FakeGenesys.credentials());

			assertThatIllegalArgumentException().isThrownBy(() -> regional.forTenant("tenant-a",
					new GenesysCredentials("nowhere.example", "client", new ClientSecret("secret"))));

			assertThat(client.isClosed()).isFalse();
			assertThat(regional.forTenant("tenant-a", FakeGenesys.credentials())).isSameAs(client);
		}
	}

	@Test
	void runsTheBackgroundLaneOnTheSameToken() {
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, "{\"id\":\"g1\"}"));
		GenesysClient live = this.clients.forTenant("tenant-a", FakeGenesys.credentials());
		GenesysClient background = live.background();

		live.call(() -> live.groups().getGroup("g1"));
		background.call(() -> background.groups().getGroup("g1"));

		assertThat(live.lane()).isEqualTo(Lane.LIVE);
		assertThat(background.lane()).isEqualTo(Lane.BACKGROUND);
		assertThat(background.background()).isSameAs(background);
		assertThat(this.genesys.logins()).isEqualTo(1);
		assertThat(this.registry.get("genesys.budget.wait").tags("lane", "BACKGROUND").timer().count()).isEqualTo(1);
	}

	@Test
	void sharesOneBudgetAmongTenantsOfTheSameOAuthClient() {
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, "{\"id\":\"g1\"}"));
		GenesysClient first = this.clients.forTenant("tenant-a", FakeGenesys.credentials());
		GenesysClient second = this.clients.forTenant("tenant-b", FakeGenesys.credentials());

		first.call(() -> first.groups().getGroup("g1"));
		while (first.budget().tryAcquire(Lane.LIVE, 1)) {
			// tenant-a takes the rest of the burst
		}

		assertThat(second.budget()).isSameAs(first.budget());
		assertThat(second.budgetAvailableIn(1)).as("tenant-b waits for the refill").isPositive();
	}

	@Test
	void keepsThePlannedRateGaugeOfTheInstanceThatKeepsTheTenant() {
		try (GenesysClients check = new GenesysClients(this.genesys.properties(), this.registry)) {
			check.forTenant("tenant-a", FakeGenesys.credentials());
			check.evict("tenant-a");
			this.clients.forTenant("tenant-a", FakeGenesys.credentials());
			check.forTenant("tenant-a", FakeGenesys.credentials());
			check.evict("tenant-a");
		}

		// this.clients' budget is 60 a minute, the other instance's the default 240
		assertThat(this.registry.get("genesys.budget.planned.rate").tags("tenant", "tenant-a").gauge().value())
			.isEqualTo(60);
	}

	@Test
	void evictsATenantsClient() {
		GenesysClient client = this.clients.forTenant("tenant-a", FakeGenesys.credentials());

		this.clients.evict("tenant-a");

		assertThat(client.isClosed()).isTrue();
		assertThat(this.clients.forTenant("tenant-a", FakeGenesys.credentials())).isNotSameAs(client);
	}

}
