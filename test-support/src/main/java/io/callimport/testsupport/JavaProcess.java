package io.callimport.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class from the test's own classpath (or an executable jar):
 * for tests that need a capped heap ({@code -Xmx}), or a process they can kill without a
 * clean shutdown. Its output goes to a file, {@link #output()} reads it.
 */
public final class JavaProcess implements AutoCloseable {

	private final Process process;

	private final Path outputFile;

	private JavaProcess(Process process, Path outputFile) {
		this.process = process;
		this.outputFile = outputFile;
	}

	public static Builder builder(String mainClass) {
		return new Builder(mainClass, null);
	}

	/**
	 * An executable jar ({@code java -jar}), e.g. another module's Spring Boot jar, run
	 * as it is deployed.
	 */
	public static Builder executableJar(Path jar) {
		return new Builder(null, jar);
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Everything the process wrote so far (stdout and stderr). */
	public String output() {
		try {
			return Files.readString(this.outputFile, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path outputFile() {
		return this.outputFile;
	}

	/**
	 * Kills the process at once (SIGKILL): no shutdown hook, no clean close of anything.
	 */
	public void kill() {
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	/**
	 * Sends SIGTERM, as Kubernetes does, and returns at once: for a test that watches
	 * what the process does while it stops.
	 */
	public void terminate() {
		this.process.destroy();
	}

	/** Asks the process to stop (SIGTERM), as Kubernetes does. */
	public void stop() {
		this.process.destroy();
		if (!waitFor(Duration.ofSeconds(30))) {
			kill();
		}
	}

	public boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public int exitValue() {
		return this.process.exitValue();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	/**
	 * What to run.
	 */
	public static final class Builder {

		private final String mainClass;

		private final Path jar;

		private final List<String> jvmArgs = new ArrayList<>();

		private final List<String> args = new ArrayList<>();

		private final Map<String, String> env = new LinkedHashMap<>();

		private Builder(String mainClass, Path jar) {
			this.mainClass = mainClass;
			this.jar = jar;
		}

		public Builder jvmArg(String arg) {
			this.jvmArgs.add(arg);
			return this;
		}

		/**
		 * Flags for a service that a test starts, uses for seconds and stops: the C1
		 * compiler only and the serial collector take about half the CPU of a default
		 * start on a small machine. Not for a process whose throughput is measured.
		 */
		public Builder quickStart() {
			// the test JVMs' own flags (the root pom's tests.argLine, passed on by
			// Surefire);
			// none when a test runs outside Maven, which only makes the child slower
			String flags = System.getProperty("tests.argLine", "").strip();
			if (!flags.isEmpty()) {
				this.jvmArgs.addAll(List.of(flags.split("\\s+")));
			}
			return this;
		}

		public Builder arg(String arg) {
			this.args.add(arg);
			return this;
		}

		public Builder env(String name, String value) {
			this.env.put(name, value);
			return this;
		}

		public Builder env(Map<String, String> values) {
			this.env.putAll(values);
			return this;
		}

		public JavaProcess start() {
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(this.jvmArgs);
			if (this.jar != null) {
				command.add("-jar");
				command.add(this.jar.toString());
			}
			else {
				command.add("-cp");
				command.add(testClasspath());
				command.add(this.mainClass);
			}
			command.addAll(this.args);
			try {
				Path output = Files.createTempFile("java-process-", ".log");
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(output.toFile());
				builder.environment().putAll(this.env);
				return new JavaProcess(builder.start(), output);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Surefire runs tests from a manifest-only jar, so {@code java.class.path} may
		 * hold just that jar; it also publishes the real classpath.
		 */
		private static String testClasspath() {
			String surefire = System.getProperty("surefire.test.class.path");
			if (surefire != null && !surefire.isBlank()) {
				return surefire;
			}
			return System.getProperty("java.class.path", "") + File.pathSeparator;
		}

	}

}
