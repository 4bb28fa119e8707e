package io.callimport.simulator;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import io.callimport.simulator.controlserver.DemoProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The simulator as a Spring Boot web application. It imports only the auto-configuration
 * it needs (no blanket {@code @EnableAutoConfiguration}) and reads
 * {@code genesys-cloud-simulator.properties}, so it can run inside another module's test
 * JVM without picking up that module's datasource, broker or actuator settings.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ValidationAutoConfiguration.class })
@ComponentScan
@EnableConfigurationProperties(DemoProperties.class)
public class SimulatorApplication {

	/** The name of the simulator's own configuration file (and of no other module's). */
	public static final String CONFIG_NAME = "genesys-cloud-simulator";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SimulatorApplication.class);
		application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
		application.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Call timelines, heartbeats, channel expiry and traffic. */
	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService simulatorScheduler() {
		AtomicInteger count = new AtomicInteger();
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4, (runnable) -> {
			Thread thread = new Thread(runnable, "simulator-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

}
