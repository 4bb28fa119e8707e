package io.callimport.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Chooses between Testcontainers and the machine's own services.
 * {@code CALLIMPORT_TEST_SERVICES} = {@code containers}, {@code local} or {@code auto}
 * (the default: containers when a Docker engine answers).
 */
public final class TestServices {

	private static final Logger log = LoggerFactory.getLogger(TestServices.class);

	private static volatile Boolean useContainers;

	private TestServices() {
	}

	public static boolean useContainers() {
		Boolean decided = useContainers;
		if (decided == null) {
			synchronized (TestServices.class) {
				decided = useContainers;
				if (decided == null) {
					decided = decide();
					useContainers = decided;
					log.info("Integration tests use {}", decided ? "Testcontainers" : "the local services");
				}
			}
		}
		return decided;
	}

	private static boolean decide() {
		String mode = env("CALLIMPORT_TEST_SERVICES", "auto").toLowerCase(Locale.ROOT);
		return switch (mode) {
			case "containers" -> true;
			case "local" -> false;
			default -> dockerAvailable();
		};
	}

	private static boolean dockerAvailable() {
		// Asking Testcontainers costs seconds and an ERROR log when there is plainly no
		// engine.
		if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
