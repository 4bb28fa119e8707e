package io.callimport.producer;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.testsupport.PostgresServer;

/**
 * The JPA slice of the producer on real PostgreSQL: its own database, migrated by Flyway,
 * validated against the entities (ddl-auto=validate). Every slice test extends this one,
 * so they share one context; each test runs in a transaction that is rolled back.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ContextConfiguration(classes = JpaSliceContext.Slice.class)
public abstract class JpaSliceContext {

	/**
	 * The producer's entities and repositories without {@link ProducerApplication}'s
	 * imports (Genesys and RabbitMQ configuration, configuration properties).
	 */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = ProducerApplication.class)
	static class Slice {

	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer.shared().createDatabase().registerWith(registry);
	}

	/**
	 * For the rows of other services (calls, tenants), written in the test's transaction.
	 */
	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected EntityManager entityManager;

	/**
	 * Writes what the persistence context holds and forgets it: the SQL of {@link #jdbc}
	 * and the next reads see the database.
	 */
	protected void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	protected void tenant(String id) {
		this.jdbc.sql("INSERT INTO tenants (id) VALUES (:id) ON CONFLICT DO NOTHING").param("id", id).update();
	}

}
