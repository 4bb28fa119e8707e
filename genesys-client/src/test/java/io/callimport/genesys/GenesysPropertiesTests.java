package io.callimport.genesys;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.callimport.genesys.config.GenesysClientAutoConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class GenesysPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GenesysClientAutoConfiguration.class));

	@Test
	void bindsTheBaseUrlOverridesFromEnvironmentVariablesWithUnderscores() {
		GenesysProperties properties = bindEnvironment(Map.of("GENESYS_API_BASE_URL", "http://127.0.0.1:18080",
				"GENESYS_LOGIN_BASE_URL", "http://127.0.0.1:18081"));

		assertThat(properties.apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:18080"));
		assertThat(properties.loginBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:18081"));
	}

	@Test
	void bindsTheBaseUrlOverridesFromEnvironmentVariablesWithoutUnderscores() {
		GenesysProperties properties = bindEnvironment(
				Map.of("GENESYS_APIBASEURL", "http://sim:1", "GENESYS_LOGINBASEURL", "http://sim:2"));

		assertThat(properties.apiBaseUrl()).isEqualTo(URI.create("http://sim:1"));
		assertThat(properties.loginBaseUrl()).isEqualTo(URI.create("http://sim:2"));
	}

	@Test
	void bindsNestedSettingsFromEnvironmentVariables() {
		GenesysProperties properties = bindEnvironment(Map.of("GENESYS_BUDGET_REQUESTSPERMINUTE", "120",
				"GENESYS_RETRY_MAXRETRYAFTER", "5s", "GENESYS_TOKENRENEWALMARGIN", "2m"));

		assertThat(properties.budget().requestsPerMinute()).isEqualTo(120);
		assertThat(properties.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.tokenRenewalMargin()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void treatsAnEmptyOverrideAsNone() {
		GenesysProperties properties = bindEnvironment(Map.of("GENESYS_API_BASE_URL", ""));

		assertThat(properties.apiBaseUrl()).isNull();
	}

	@Test
	void defaultsMatchTheDocumentedValues() {
		this.context.run((context) -> {
			GenesysProperties properties = context.getBean(GenesysProperties.class);
			assertThat(properties).isEqualTo(GenesysProperties.defaults());
			assertThat(properties.budget().requestsPerMinute()).isEqualTo(240);
			assertThat(properties.retry().maxAttempts()).isEqualTo(4);
		});
	}

	@Test
	void autoConfigurationProvidesClientsWithoutDatabaseOrBroker() {
		this.context.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("genesys.api-base-url=http://127.0.0.1:1", "genesys.login-base-url=http://127.0.0.1:1")
			.run((context) -> {
				GenesysClient client = context.getBean(GenesysClients.class)
					.forTenant("tenant-a", FakeGenesys.credentials());
				assertThat(client.hosts().apiBaseUrl()).hasToString("http://127.0.0.1:1");
			});
	}

	@Test
	void stopsStartUpNamingAnInvalidProperty() {
		this.context.withPropertyValues("genesys.budget.requests-per-minute=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("budget.requestsPerMinute")
				.hasMessageContaining("must be greater than or equal to 1");
		});
	}

	@Test
	void rejectsANonPositiveDuration() {
		this.context.withPropertyValues("genesys.retry.initial-backoff=0s")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("retry.initialBackoff"));
	}

	@Test
	void rejectsALiveReserveThatLeavesNoRoomForBackgroundWork() {
		this.context.withPropertyValues("genesys.budget.burst=3", "genesys.budget.live-reserve=3")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("live-reserve must be smaller than burst"));
	}

	private static GenesysProperties bindEnvironment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		// replaces the real environment, under the name Boot's relaxed binding recognises
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("genesys",
				GenesysProperties.class);
	}

}
