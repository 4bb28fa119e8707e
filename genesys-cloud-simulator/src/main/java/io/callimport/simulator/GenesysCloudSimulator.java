package io.callimport.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.callimport.simulator.control.SimulatorControl;
import io.callimport.simulator.installation.InstallationControl;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The simulator started in this JVM, for other modules' tests: <pre>
 * try (GenesysCloudSimulator genesys = GenesysCloudSimulator.start()) {
 *     genesys.control().putOrganization("org-1", OrganizationScenario.of("client", "secret", "Agents", 5));
 *     // GENESYS_API_BASE_URL = GENESYS_LOGIN_BASE_URL = genesys.baseUrl()
 * }
 * </pre> It runs as its own Spring application context with its own configuration file,
 * and leaves the host's logging configuration alone.
 */
public final class GenesysCloudSimulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String baseUrl;

	private GenesysCloudSimulator(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	private static @Nullable GenesysCloudSimulator shared;

	/**
	 * One simulator for the whole JVM, started on first use and stopped with the JVM: the
	 * test classes of a module share it, each with organisations of its own.
	 */
	public static synchronized GenesysCloudSimulator shared() {
		if (shared == null) {
			GenesysCloudSimulator started = start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-simulator"));
			shared = started;
		}
		return shared;
	}

	/** Starts on a free port. */
	public static GenesysCloudSimulator start() {
		return start(SimulatorSettings.defaults());
	}

	public static GenesysCloudSimulator start(SimulatorSettings settings) {
		SpringApplication application = new SpringApplication(SimulatorApplication.class);
		application.setMainApplicationClass(SimulatorApplication.class);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("spring.config.name", SimulatorApplication.CONFIG_NAME));
		List<org.springframework.context.ApplicationListener<?>> listeners = new ArrayList<>(
				application.getListeners());
		listeners.removeIf(LoggingApplicationListener.class::isInstance);
		application.setListeners(listeners);
		List<String> args = new ArrayList<>();
		args.add("--spring.config.name=" + SimulatorApplication.CONFIG_NAME);
		args.add("--server.port=" + settings.port());
		settings.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
		ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return new GenesysCloudSimulator(context, port);
	}

	/**
	 * The base URL of both the API and the login host ({@code /oauth/token}):
	 * {@code GENESYS_API_BASE_URL} and {@code GENESYS_LOGIN_BASE_URL}.
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	public int port() {
		return Integer.parseInt(this.baseUrl.substring(this.baseUrl.lastIndexOf(':') + 1));
	}

	/** A client of the control API over HTTP. */
	public SimulatorControl control() {
		return new SimulatorControl(this.baseUrl);
	}

	/**
	 * A client of the installation control API (administrators, login clients,
	 * integrations, planned failures, installed objects).
	 */
	public InstallationControl installation() {
		return new InstallationControl(this.baseUrl);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
