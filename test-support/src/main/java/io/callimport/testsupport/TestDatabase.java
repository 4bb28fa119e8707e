package io.callimport.testsupport;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One fresh database of the test PostgreSQL server.
 */
public record TestDatabase(String jdbcUrl, String username, String password, String name) {

	/** The Spring Boot properties that point a datasource at this database. */
	public Map<String, String> springProperties() {
		return Map.of("spring.datasource.url", this.jdbcUrl, "spring.datasource.username", this.username,
				"spring.datasource.password", this.password);
	}

	public void registerWith(DynamicPropertyRegistry registry) {
		springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

}
