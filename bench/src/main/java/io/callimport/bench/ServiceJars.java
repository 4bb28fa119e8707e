package io.callimport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The services' executable jars as the build left them (bench/run.sh builds them), run
 * exactly as they are deployed. Looked up when first needed, so that a run of consumer
 * scenarios only needs the consumer built.
 */
public final class ServiceJars {

	private final Path root;

	private ServiceJars(Path root) {
		this.root = root;
	}

	/** The jars under the project's root directory. */
	public static ServiceJars under(Path root) {
		return new ServiceJars(root);
	}

	/** conversation-consumer's Spring Boot jar. */
	public Path consumer() {
		return find("conversation-consumer");
	}

	/** genesys-producer's Spring Boot jar. */
	public Path producer() {
		return find("genesys-producer");
	}

	private Path find(String module) {
		Path target = this.root.resolve(module).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			return files
				.filter((file) -> file.getFileName().toString().matches(module + "-[0-9].*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No executable jar in " + target + ": build it first (bench/run.sh does)"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No " + target + ": build the services first (bench/run.sh does)", ex);
		}
	}

}
