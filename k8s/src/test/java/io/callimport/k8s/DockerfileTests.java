package io.callimport.k8s;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-stage Dockerfile: no engine runs here to build it, so its contract is checked
 * as text.
 */
class DockerfileTests {

	private final String dockerfile = Chart.read(ComposeFileTests.REPOSITORY.resolve("Dockerfile"));

	private final List<String> instructions = this.dockerfile.replaceAll("\\\\\\n", " ")
		.lines()
		.map(String::strip)
		.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
		.toList();

	@Test
	void buildsTheModuleNamedByABuildArgumentWithTheMavenWrapper() {
		assertThat(this.instructions).contains("ARG MODULE");
		assertThat(this.instructions).anySatisfy((line) -> assertThat(line).startsWith("RUN")
			.contains("./mvnw")
			.contains("-pl \"${MODULE}\" -am package"));
	}

	@Test
	void installsNodeJsAndNpmInTheBuildStageForTheInstallationApisNpmCi() {
		List<String> build = this.instructions.subList(0, indexOf(this.instructions, "FROM ${JRE_IMAGE}"));
		int npm = indexOf(build, "apt-get install -y --no-install-recommends nodejs npm");
		assertThat(build.get(npm)).startsWith("RUN").contains("\"${MODULE}\" = installation-api");
		assertThat(npm).as("installed before the Maven build").isLessThan(indexOf(build, "./mvnw"));
		assertThat(Chart.read(ComposeFileTests.REPOSITORY.resolve(".dockerignore"))).contains("**/node_modules/");
	}

	@Test
	void unpacksSpringBootLayersAndRunsTheApplicationJar() {
		assertThat(this.instructions).anySatisfy(
				(line) -> assertThat(line).contains("-Djarmode=tools").contains("extract --layers --destination"));
		assertThat(this.instructions.stream().filter((line) -> line.startsWith("COPY --from=build"))).hasSize(4);
		assertThat(this.instructions).last()
			.asString()
			.startsWith("ENTRYPOINT [\"java\"")
			.contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "\"-jar\", \"application.jar\"]");
	}

	@Test
	void runsAsANonRootUserOnAPinnedTemurinJre() {
		assertThat(this.instructions).contains("USER ${UID}:${UID}", "ARG UID=65532");
		assertThat(this.instructions).filteredOn((line) -> line.startsWith("ARG J") && line.contains("_IMAGE="))
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line)
				.matches("ARG J(DK|RE)_IMAGE=eclipse-temurin:17\\.0\\.\\d+_\\d+-j[dr][ek]-\\w+"));
		assertThat(this.instructions.stream().filter((line) -> line.startsWith("FROM"))).hasSize(2);
	}

	private static int indexOf(List<String> lines, String fragment) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment)) {
				return i;
			}
		}
		throw new AssertionError("no line contains " + fragment);
	}

}
