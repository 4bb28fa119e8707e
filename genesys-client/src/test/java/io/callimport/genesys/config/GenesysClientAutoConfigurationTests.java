package io.callimport.genesys.config;

import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.budget.BudgetStore;
import io.callimport.genesys.budget.InMemoryBudgetStore;
import io.callimport.genesys.budget.PostgresBudgetStore;
import io.callimport.genesys.conversations.ConversationDetailsGateway;
import io.callimport.genesys.conversations.SdkConversationDetailsGateway;
import io.callimport.genesys.recordings.RecordingCatalogue;
import io.callimport.genesys.recordings.SdkRecordingCatalogue;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.genesys.notifications.NotificationChannels;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which budget store the application gets: PostgreSQL when it has a DataSource (after
 * Flyway has created the table), this process only when it has none.
 */
class GenesysClientAutoConfigurationTests {

	// listed in the opposite order on purpose: the auto-configuration's ordering decides
	private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(GenesysClientAutoConfiguration.class, FlywayAutoConfiguration.class, DataSourceAutoConfiguration.class));

	@Test
	void sharesTheBudgetThroughTheApplicationsDatabaseOnceFlywayHasMigratedIt() {
		TestDatabase database = PostgresServer.shared().createDatabase();

		this.context
			.withPropertyValues(database.springProperties()
				.entrySet()
				.stream()
				.map((property) -> property.getKey() + "=" + property.getValue())
				.toArray(String[]::new))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(GenesysClients.class);
				assertThat(context.getBean(BudgetStore.class)).isInstanceOf(PostgresBudgetStore.class);
				assertThat(context.getBeanFactory().getBeanDefinition("genesysBudgetStore").getDependsOn())
					.contains("flywayInitializer");
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
				assertThat(jdbc.queryForObject("SELECT count(*) FROM genesys_request_budget", Long.class)).isZero();
			});
	}

	@Test
	void keepsTheBudgetInTheProcessWithoutADatabase() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(GenesysClientAutoConfiguration.class))
			.run((context) -> {
				assertThat(context.getBean(BudgetStore.class)).isInstanceOf(InMemoryBudgetStore.class);
				assertThat(context).hasSingleBean(GroupDirectory.class)
					.hasSingleBean(NotificationChannels.class)
					.hasSingleBean(ConversationSearch.class);
			});
	}

	@Test
	void providesTheGatewaysOnTheSdk() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(GenesysClientAutoConfiguration.class))
			.run((context) -> {
				assertThat(context.getBean(ConversationDetailsGateway.class))
					.isInstanceOf(SdkConversationDetailsGateway.class);
				assertThat(context.getBean(RecordingCatalogue.class)).isInstanceOf(SdkRecordingCatalogue.class);
			});
	}

}
