package io.callimport.consumer;

import java.util.Map;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

import io.callimport.model.settings.GenesysSettingsConfiguration;
import io.callimport.model.settings.GenesysSettingsRepository;

/**
 * The settings store where there is no Spring application of our own (services run as
 * child JVMs): a minimal JPA context on the given database. The schema is the services'
 * to migrate, so it is neither created nor validated here.
 */
public final class SettingsStoreContext implements AutoCloseable {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

	public SettingsStoreContext(String jdbcUrl, String username, String password, String encryptionKey) {
		this.context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("settings-store",
					Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username", username,
							"spring.datasource.password", password, "spring.datasource.hikari.maximum-pool-size", "2",
							"spring.jpa.hibernate.ddl-auto", "none", "settings.encryption-key", encryptionKey)));
		this.context.register(Store.class);
		this.context.refresh();
	}

	public GenesysSettingsRepository settings() {
		return this.context.getBean(GenesysSettingsRepository.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(classes = { org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
			org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration.class,
			org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration.class,
			org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration.class })
	@Import(GenesysSettingsConfiguration.class)
	static class Store {

	}

}
