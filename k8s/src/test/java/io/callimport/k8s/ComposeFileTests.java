package io.callimport.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml and .env.example; `docker-compose config` validates the syntax in
 * .ci/run.
 */
class ComposeFileTests {

	static final Path REPOSITORY = Chart.MODULE_DIR.toAbsolutePath().normalize().getParent();

	private static final Pattern SECRET_NAME = Pattern
		.compile(".*(PASSWORD|SECRET|TOKEN|ACCESS_KEY|ENCRYPTION_KEY|SIGNING_KEY|_PASS)$");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(:?[-?])?[^}]*}");

	private static final Pattern PINNED_IMAGE = Pattern.compile("(\\$\\{\\w+:-)?[\\w./-]+:[\\w.-]*\\d[\\w.-]*}?");

	private final Map<String, Object> compose = Chart.parseAll(Chart.read(REPOSITORY.resolve("docker-compose.yml")))
		.get(0);

	@Test
	void tagsTheServiceImagesAsJibDoesAndRestartsAndLimitsEveryLongRunningService() throws Exception {
		String pom = Files.readString(REPOSITORY.resolve("pom.xml"));
		Matcher tag = Pattern.compile("<container-image.tag>([^<]+)</container-image.tag>").matcher(pom);
		assertThat(tag.find()).as("the image tag property of the root pom").isTrue();
		assertThat(pom).contains("<image>${project.artifactId}:${container-image.tag}</image>");
		for (String module : List.of("genesys-cloud-simulator", "genesys-producer", "conversation-consumer",
				"installation-api")) {
			assertThat(Tree.stringAt(services().get(module), "image")).as(module)
				.endsWith(module + ":" + tag.group(1) + "}");
		}
		services().forEach((name, service) -> {
			if (!"no".equals(Tree.stringAt(service, "restart"))) {
				assertThat(Tree.stringAt(service, "restart")).as(name + " restart").isEqualTo("unless-stopped");
				assertThat(Tree.stringAt(service, "mem_limit")).as(name + " memory limit").isNotBlank();
			}
		});
		Map<String, Object> simulator = services().get("genesys-cloud-simulator");
		assertThat(Tree.listAt(simulator, "healthcheck.test")).contains("http://localhost:18080/simulator/health");
		assertThat(Tree.stringAt(simulator, "environment.SIMULATOR_DEMO_GROUP_NAME"))
			.isEqualTo("${DEMO_GROUP_NAME:-Speech Analytics}");
	}

	@Test
	void pinsEveryImageToAVersion() {
		services().forEach((name, service) -> assertThat(Tree.stringAt(service, "image")).as(name)
			.matches(PINNED_IMAGE)
			.doesNotContain(":latest"));
	}

	@Test
	void checksTheHealthOfEveryLongRunningServiceAndStartsOnlyOnHealthyDependencies() {
		services().forEach((name, service) -> {
			if (!"no".equals(Tree.stringAt(service, "restart"))) {
				assertThat(Tree.listAt(service, "healthcheck.test")).as(name + " healthcheck").isNotEmpty();
			}
			Tree.mapAt(service, "depends_on").forEach((dependency, condition) -> {
				String expected = "no".equals(Tree.stringAt(services().get(dependency), "restart"))
						? "service_completed_successfully" : "service_healthy";
				assertThat(Tree.stringAt(condition, "condition")).as(name + " -> " + dependency).isEqualTo(expected);
			});
		});
		assertThat(Tree.mapAt(services().get("conversation-consumer"), "depends_on")).containsKeys("postgres",
				"rabbitmq", "minio-init");
	}

	@Test
	void takesEverySecretFromTheEnvironmentFile() {
		services().forEach((name, service) -> Tree.mapAt(service, "environment").forEach((key, value) -> {
			if (SECRET_NAME.matcher(key).matches()) {
				assertThat(String.valueOf(value)).as(name + " " + key).matches("\\$\\{\\w+:\\?[^}]+}");
			}
		}));
	}

	@Test
	void definesEveryRequiredVariableInTheExampleEnvironmentFile() {
		String example = Chart.read(REPOSITORY.resolve(".env.example"));
		Set<String> required = new TreeSet<>();
		Matcher variable = VARIABLE.matcher(Chart.read(REPOSITORY.resolve("docker-compose.yml")));
		while (variable.find()) {
			if (!":-".equals(variable.group(2))) {
				required.add(variable.group(1));
			}
		}

		assertThat(required)
			.contains("POSTGRES_PASSWORD", "ADMIN_API_TOKEN", "SETTINGS_ENCRYPTION_KEY", "EXTERNAL_TOKEN_SIGNING_KEY",
					"OPERATOR_API_TOKEN")
			.allSatisfy((name) -> assertThat(example).as(name).containsPattern("(?m)^" + name + "=\\S"));
	}

	@Test
	void runsTheDemoTenantAgainstTheSimulatorAndPutsItsSettings() {
		Map<String, Object> producer = Tree.mapAt(services(), "genesys-producer");
		Map<String, Object> simulator = Tree.mapAt(services(), "genesys-cloud-simulator");
		String settingsJob = String.join(" ",
				Tree.listAt(services().get("demo-settings"), "command").stream().map(String::valueOf).toList());

		assertThat(Tree.mapAt(producer, "environment")).containsEntry("TENANT_ID", "demo")
			.containsEntry("GENESYS_API_BASE_URL", "http://genesys-cloud-simulator:18080")
			.containsKeys("SPRING_DATASOURCE_PASSWORD", "SPRING_RABBITMQ_PASSWORD", "SETTINGS_ENCRYPTION_KEY");
		assertThat(Tree.mapAt(simulator, "environment")).containsEntry("SIMULATOR_DEMO_ENABLED", "true")
			.containsKeys("SIMULATOR_DEMO_ORGANIZATION_ID", "SIMULATOR_DEMO_CLIENT_ID", "SIMULATOR_DEMO_CLIENT_SECRET");
		assertThat(settingsJob).contains("-X PUT", "Authorization: Bearer $$ADMIN_API_TOKEN",
				"http://genesys-producer:8080/api/v1/tenants/demo/genesys-settings", "\"organizationId\"", "\"region\"",
				"\"clientId\"", "\"clientSecret\"", "\"groupName\"");
	}

	@Test
	void runsTheInstallationApiOnTheDatabaseAndTheSimulatorWithoutABroker() {
		Map<String, Object> api = services().get("installation-api");

		assertThat(Tree.stringAt(api, "build.args.MODULE")).isEqualTo("installation-api");
		assertThat(Tree.mapAt(api, "depends_on")).containsKeys("postgres", "genesys-cloud-simulator")
			.doesNotContainKey("rabbitmq");
		assertThat(Tree.mapAt(api, "environment"))
			.containsEntry("GENESYS_API_BASE_URL", "http://genesys-cloud-simulator:18080")
			.containsEntry("WIZARD_GENESYS_BASE_URL", "http://127.0.0.1:18080")
			.containsEntry("SERVER_PORT", "8100")
			.containsEntry("MANAGEMENT_SERVER_PORT", "8101")
			.containsKeys("SPRING_DATASOURCE_PASSWORD", "SETTINGS_ENCRYPTION_KEY", "EXTERNAL_TOKEN_SIGNING_KEY",
					"OPERATOR_API_TOKEN", "WIZARD_OAUTH_CLIENT_ID")
			.doesNotContainKeys("SPRING_RABBITMQ_HOST", "SPRING_RABBITMQ_PASSWORD");
		assertThat(Tree.listAt(api, "ports")).contains("127.0.0.1:8100:8100");
	}

	private Map<String, Map<String, Object>> services() {
		Map<String, Map<String, Object>> services = new java.util.LinkedHashMap<>();
		Tree.mapAt(this.compose, "services").forEach((name, service) -> services.put(name, Tree.map(service)));
		assertThat(services).isNotEmpty();
		return services;
	}

}
