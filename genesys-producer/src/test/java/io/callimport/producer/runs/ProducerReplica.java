package io.callimport.producer.runs;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.callimport.producer.AdminApiClient;
import io.callimport.producer.ProducerApplication;
import io.callimport.producer.ProducerServices;
import io.callimport.producer.leadership.LeaderElection;

/**
 * A producer replica started (and stopped) by the test itself, for tests that need
 * several replicas or restarts with other settings.
 */
final class ProducerReplica implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private ProducerReplica(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static ProducerReplica start(ProducerServices services) {
		// as command-line arguments: they must win over application.yml, as the
		// environment does
		String[] arguments = services.properties()
			.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new ProducerReplica(new SpringApplicationBuilder(ProducerApplication.class).run(arguments));
	}

	AdminApiClient api() {
		Integer port = this.context.getEnvironment().getProperty("local.server.port", Integer.class);
		return new AdminApiClient((port != null) ? port : 0, ProducerServices.ADMIN_TOKEN);
	}

	String holderId() {
		return this.context.getBean(LeaderElection.class).holderId();
	}

	boolean isLeader() {
		return this.context.getBean(LeaderElection.class).isLeader();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
