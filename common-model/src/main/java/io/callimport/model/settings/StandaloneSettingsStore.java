package io.callimport.model.settings;

import java.util.Map;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings store where there is no Spring application of our own (the benchmark, and
 * tests whose services run as child JVMs): a minimal JPA context on the given database.
 * The schema is the services' to migrate, so it is neither created nor validated here.
 */
public final class StandaloneSettingsStore implements AutoCloseable {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

	public StandaloneSettingsStore(String jdbcUrl, String username, String password, String encryptionKey) {
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
