package io.callimport.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run-local.sh} on a machine that lacks a prerequisite stops within seconds,
 * naming it and the command that installs it, before it builds or starts anything.
 */
class LocalRunPreflightTests {

	/** What a bare machine with a JDK has, without the PostgreSQL client. */
	private static final List<String> TOOLS = List.of("bash", "env", "java", "curl", "python3", "openssl", "psql",
			"awk", "sort", "cat", "sed", "seq", "head", "ls", "dirname", "grep", "rm", "mkdir", "tail", "date");

	@Test
	void namesAMissingPostgresClientAndItsAptGetLineWithinSeconds(@TempDir Path bin) throws Exception {
		for (String tool : TOOLS) {
			Path found = which(tool);
			if (found != null) {
				Files.createSymbolicLink(bin.resolve(tool), found);
			}
		}
		Path output = bin.resolveSibling(bin.getFileName() + ".out");
		ProcessBuilder builder = new ProcessBuilder("bash", "run-local.sh", "--timeout", "5")
			.directory(ComposeFileTests.REPOSITORY.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PATH", bin.toString());
		builder.environment().put("LOCAL_RUN_MODE", "local");
		long start = System.nanoTime();
		Process process = builder.start();

		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("run-local.sh ended").isTrue();
		double seconds = (System.nanoTime() - start) / 1e9;
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(printed).isEqualTo(1);
		assertThat(seconds).as("seconds to stop").isLessThan(20);
		assertThat(printed).contains("Missing prerequisites", "pg_isready")
			.contains("sudo apt-get install -y postgresql-client")
			.doesNotContain("command not found")
			.doesNotContain("building the services");
	}

	private static Path which(String tool) throws IOException {
		for (String directory : System.getenv("PATH").split(":")) {
			Path candidate = Path.of(directory, tool);
			if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
				return candidate.toRealPath();
			}
		}
		return null;
	}

}
