package io.callimport.consumer;

import java.time.Duration;

import com.rabbitmq.client.AMQP;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.StandaloneSettingsStore;
import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

import static org.awaitility.Awaitility.await;

/**
 * Direct access to the services of a consumer running in a child JVM: the test has no
 * Spring context of its own.
 */
public final class ChildServices implements AutoCloseable {

	private final JdbcClient jdbc;

	private final CachingConnectionFactory connection;

	private final RabbitTemplate rabbit;

	private final StandaloneSettingsStore settings;

	public ChildServices(ConsumerServices services) {
		TestDatabase database = services.database();
		this.jdbc = JdbcClient
			.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
		TestBroker broker = services.broker();
		this.connection = new CachingConnectionFactory(broker.host(), broker.port());
		this.connection.setVirtualHost(broker.virtualHost());
		this.connection.setUsername(broker.username());
		this.connection.setPassword(broker.password());
		this.rabbit = new RabbitTemplate(this.connection);
		this.settings = new StandaloneSettingsStore(database.jdbcUrl(), database.username(), database.password(),
				ConsumerServices.ENCRYPTION_KEY);
	}

	/** Waits until the child migrated the schema and declared the topology. */
	public void awaitStarted(JavaProcess child) {
		await().atMost(Duration.ofMinutes(3)).until(() -> {
			if (!child.isAlive()) {
				throw new IllegalStateException("The consumer exited:\n" + tail(child));
			}
			return schemaReady() && queueDeclared();
		});
	}

	private boolean schemaReady() {
		return Boolean.TRUE.equals(this.jdbc
			.sql("SELECT to_regclass('public.import_failures') IS NOT NULL AND to_regclass('public.calls') IS NOT NULL")
			.query(Boolean.class)
			.single());
	}

	private boolean queueDeclared() {
		try {
			AMQP.Queue.DeclareOk ok = this.rabbit
				.execute((channel) -> channel.queueDeclarePassive(MessagingTopology.CONVERSATION_ENDED_QUEUE));
			return ok != null && ok.getConsumerCount() > 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public static String tail(JavaProcess child) {
		String output = child.output();
		return output.substring(Math.max(0, output.length() - 6000));
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	public RabbitTemplate rabbit() {
		return this.rabbit;
	}

	public GenesysSettingsRepository settings() {
		return this.settings.settings();
	}

	public long count(String sql, String tenant) {
		return this.jdbc.sql(sql).param("t", tenant).query(Long.class).single();
	}

	@Override
	public void close() {
		this.connection.destroy();
		this.settings.close();
	}

}
