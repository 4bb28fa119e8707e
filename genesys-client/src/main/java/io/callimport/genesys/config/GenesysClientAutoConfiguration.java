package io.callimport.genesys.config;

import javax.sql.DataSource;

import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.budget.BudgetStore;
import io.callimport.genesys.budget.InMemoryBudgetStore;
import io.callimport.genesys.budget.PostgresBudgetStore;
import io.callimport.genesys.conversations.ConversationDetailsGateway;
import io.callimport.genesys.conversations.SdkConversationDetailsGateway;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.genesys.notifications.NotificationChannels;
import io.callimport.genesys.recordings.RecordingCatalogue;
import io.callimport.genesys.recordings.SdkRecordingCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * Provides {@link GenesysClients} bound to {@code genesys.*}, recording into the
 * application's {@link MeterRegistry} when there is one, and the gateways the services
 * read Genesys through, the SDK being their implementation: {@link GroupDirectory},
 * {@link NotificationChannels}, {@link ConversationSearch} (the producer),
 * {@link ConversationDetailsGateway}, {@link RecordingCatalogue} (the consumer). With the
 * application's {@link DataSource} the request budgets live in PostgreSQL (table
 * {@code genesys_request_budget}, Flyway migration V92 of common-model) and are shared by
 * every process on that database; without one, in this process only. Runs after the
 * DataSource and Flyway auto-configurations (named, so that neither is needed on the
 * classpath).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
@EnableConfigurationProperties(GenesysProperties.class)
public class GenesysClientAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GenesysClientAutoConfiguration.class);

	/**
	 * The store is used lazily, at the first request; depending on the database
	 * initialisation still makes every bean that sends requests from its own start-up
	 * wait until Flyway has created the table.
	 */
	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	BudgetStore genesysBudgetStore(ObjectProvider<DataSource> dataSource) {
		DataSource database = dataSource.getIfUnique();
		if (database == null) {
			log.info("Genesys request budgets are kept in this process (no DataSource)");
			return new InMemoryBudgetStore();
		}
		log.info("Genesys request budgets are shared by every process on the database (genesys_request_budget)");
		return new PostgresBudgetStore(database);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	GenesysClients genesysClients(GenesysProperties properties, ObjectProvider<MeterRegistry> registry,
			BudgetStore budgetStore) {
		// without a registry the meters go to an empty composite, which records nothing
		return new GenesysClients(properties, registry.getIfAvailable(CompositeMeterRegistry::new), budgetStore);
	}

	@Bean
	@ConditionalOnMissingBean
	GroupDirectory groupDirectory() {
		return GroupDirectory.overSdk();
	}

	@Bean
	@ConditionalOnMissingBean
	NotificationChannels notificationChannels() {
		return NotificationChannels.overSdk();
	}

	@Bean
	@ConditionalOnMissingBean
	ConversationSearch conversationSearch() {
		return ConversationSearch.overSdk();
	}

	@Bean
	@ConditionalOnMissingBean
	ConversationDetailsGateway conversationDetailsGateway() {
		return new SdkConversationDetailsGateway();
	}

	@Bean
	@ConditionalOnMissingBean
	RecordingCatalogue recordingCatalogue() {
		return new SdkRecordingCatalogue();
	}

}
