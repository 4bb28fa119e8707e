package io.callimport.k8s;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a Docker engine runs, {@code run-local.sh --until-imported N --timeout S} is the
 * smoke test too: the containers start in the background, progress is polled through the
 * published ports, and the containers are stopped at the end. A {@code docker} on the
 * PATH that only records its arguments stands in for the engine (none runs on this
 * machine).
 */
class LocalRunComposeModeTests {

	@Test
	void honoursTimeoutAndStopsTheContainersItStarted(@TempDir Path checkout) throws Exception {
		Path repository = ComposeFileTests.REPOSITORY;
		Files.createDirectories(checkout.resolve("scripts"));
		for (String file : new String[] { "run-local.sh", ".env.example", "scripts/local-progress.py" }) {
			Files.copy(repository.resolve(file), checkout.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
		}
		Path bin = Files.createDirectories(checkout.resolve("bin"));
		Path calls = checkout.resolve("docker-calls.log");
		Path docker = bin.resolve("docker");
		Files.writeString(docker, "#!/usr/bin/env bash\necho \"$*\" >> '" + calls + "'\n");
		Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path output = checkout.resolve("run.out");
		ProcessBuilder builder = new ProcessBuilder("bash", "run-local.sh", "--until-imported", "3", "--timeout", "1")
			.directory(checkout.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
		builder.environment().put("LOCAL_RUN_MODE", "compose");
		Process process = builder.start();

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("run-local.sh ended").isTrue();
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(printed).isEqualTo(1);
		assertThat(printed).contains("waiting for the services").contains("timed out after 1 s");
		assertThat(Files.readAllLines(calls)).containsExactly("compose up --build --detach", "compose down");
		assertThat(checkout.resolve(".run-local/compose-admin-token.env")).content()
			.startsWith("ADMIN_API_TOKEN=change-me-to-a-random-token");
	}

}
