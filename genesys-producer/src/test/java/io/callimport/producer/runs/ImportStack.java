package io.callimport.producer.runs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.callimport.producer.ConsumerProcess;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

/**
 * What the reconciliation tests share, as a deployment does: one database and one virtual
 * host for every tenant's producer, and one consumer (from its jar) importing for all of
 * them into a bucket of the S3 server. Each test class is a tenant of its own on an
 * organisation of its own. The consumer starts with the first test class that asks and
 * stops with the test JVM.
 */
final class ImportStack {

	private static ImportStack shared;

	private final TestDatabase database;

	private final TestBroker broker;

	private final ConsumerProcess consumer;

	private final JdbcClient jdbc;

	private boolean ready;

	private ImportStack() {
		this.database = PostgresServer.shared().createDatabase();
		this.broker = RabbitServer.shared().createVirtualHost();
		GenesysCloudSimulator simulator = GenesysCloudSimulator.shared();
		this.consumer = ConsumerProcess.start(this.database, this.broker,
				"it-" + UUID.randomUUID().toString().substring(0, 8), simulator.baseUrl());
		this.jdbc = JdbcClient.create(new DriverManagerDataSource(this.database.jdbcUrl(), this.database.username(),
				this.database.password()));
		Runtime.getRuntime().addShutdownHook(new Thread(this.consumer::close, "stop-consumer"));
	}

	/** The stack; the consumer may still be starting. */
	static synchronized ImportStack get() {
		if (shared == null) {
			shared = new ImportStack();
		}
		return shared;
	}

	/** Waits until the consumer is ready (once). */
	synchronized ImportStack awaitConsumer() {
		if (!this.ready) {
			this.consumer.awaitReady();
			this.ready = true;
		}
		return this;
	}

	TestDatabase database() {
		return this.database;
	}

	TestBroker broker() {
		return this.broker;
	}

	ConsumerProcess consumer() {
		return this.consumer;
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	/** The tenant's calls the consumer has imported (any status past PENDING). */
	Set<String> importedCalls(String tenantId) {
		return new HashSet<>(
				jdbc().sql("SELECT conversation_id FROM calls WHERE tenant_id = :t AND status <> 'PENDING'")
					.param("t", tenantId)
					.query(String.class)
					.list());
	}

	/** Every call row of the tenant, one entry per row (a duplicate would show twice). */
	List<String> allCalls(String tenantId) {
		return jdbc().sql("SELECT conversation_id FROM calls WHERE tenant_id = :t")
			.param("t", tenantId)
			.query(String.class)
			.list();
	}

}
