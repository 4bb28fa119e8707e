package io.callimport.k8s;

import java.util.List;
import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartWorkloadTests {

	@Test
	void givesEveryContainerLivenessReadinessAndStartupProbesOnTheNamedManagementPort() {
		for (Manifest deployment : deployments(Chart.render(ValuesFixtures.TWO_TENANTS))) {
			for (Map<String, Object> container : deployment.containers()) {
				assertThat(Tree.stringAt(container, "livenessProbe.httpGet.path"))
					.isEqualTo("/actuator/health/liveness");
				assertThat(Tree.stringAt(container, "readinessProbe.httpGet.path"))
					.isEqualTo("/actuator/health/readiness");
				assertThat(Tree.stringAt(container, "startupProbe.httpGet.path"))
					.isEqualTo("/actuator/health/liveness");
				for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
					assertThat(Tree.stringAt(container, probe + ".httpGet.port")).as(deployment.name() + " " + probe)
						.isEqualTo("management");
				}
				assertThat(Tree.listAt(container, "ports")).extracting((port) -> Tree.stringAt(port, "name"))
					.contains("management");
			}
		}
	}

	@Test
	void replacesAProbeWithItsCustomVersionAndDropsADisabledOne() {
		Manifest consumer = Chart.render("""
				consumer:
				  customLivenessProbe:
				    tcpSocket: {port: management}
				    periodSeconds: 20
				  startupProbe: {enabled: false}
				""").named("Deployment", "ci-genesys-call-import-consumer");

		Map<String, Object> container = consumer.containers().get(0);
		assertThat(Tree.mapAt(container, "livenessProbe")).containsOnlyKeys("tcpSocket", "periodSeconds");
		assertThat(Tree.at(container, "startupProbe")).isNull();
		assertThat(Tree.stringAt(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
	}

	@Test
	void givesEveryContainerResourceRequestsAndAMemoryLimit() {
		for (Manifest deployment : deployments(Chart.render(ValuesFixtures.TWO_TENANTS))) {
			for (Map<String, Object> container : deployment.containers()) {
				assertThat(Tree.mapAt(container, "resources.requests")).as(deployment.name())
					.containsKeys("cpu", "memory");
				assertThat(Tree.mapAt(container, "resources.limits")).as(deployment.name()).containsKey("memory");
			}
		}
	}

	@Test
	void runsEveryContainerAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities() {
		for (Manifest deployment : deployments(Chart.render(ValuesFixtures.TWO_TENANTS))) {
			for (Map<String, Object> container : deployment.containers()) {
				Map<String, Object> security = Tree.mapAt(container, "securityContext");
				assertThat(security).as(deployment.name())
					.containsEntry("runAsNonRoot", true)
					.containsEntry("readOnlyRootFilesystem", true)
					.containsEntry("allowPrivilegeEscalation", false);
				assertThat(Tree.listAt(security, "capabilities.drop")).containsExactly("ALL");
				assertThat(Tree.stringAt(security, "seccompProfile.type")).isEqualTo("RuntimeDefault");
				assertThat((Integer) security.get("runAsUser")).isPositive();
				assertThat(Tree.listAt(container, "volumeMounts"))
					.extracting((mount) -> Tree.stringAt(mount, "mountPath"))
					.contains("/tmp");
			}
			assertThat(Tree.listAt(deployment.podSpec(), "volumes"))
				.anySatisfy((volume) -> assertThat(Tree.at(volume, "emptyDir")).isNotNull());
			assertThat(deployment.podSpec()).containsEntry("automountServiceAccountToken", false);
		}
	}

	@Test
	void pinsEveryImageToAVersion() {
		for (Manifest deployment : deployments(Chart.render(ValuesFixtures.TWO_TENANTS))) {
			for (Map<String, Object> container : deployment.containers()) {
				assertThat(Tree.stringAt(container, "image")).as(deployment.name())
					.matches("[^:@]+(:[0-9][\\w.-]*|@sha256:[0-9a-f]{64})")
					.doesNotEndWith(":latest");
			}
		}
	}

	@Test
	void rejectsTheLatestTag() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("consumer: {image: {tag: latest}}"))
			.withMessageContaining("/consumer/image/tag");
	}

	@Test
	void changesATenantsConfigChecksumOnlyWhenItsOwnConfigurationChanges() {
		Manifests before = Chart.render(ValuesFixtures.TWO_TENANTS);
		Manifests after = Chart.render(ValuesFixtures.TWO_TENANTS, """
				producer:
				  reconciliation: {zone: Europe/Paris}
				""");
		Manifests newDatabase = Chart.render(ValuesFixtures.TWO_TENANTS,
				"database: {url: 'jdbc:postgresql://db2:5432/x'}");

		assertThat(checksum(after, "producer-acme")).isNotEqualTo(checksum(before, "producer-acme"));
		assertThat(checksum(after, "producer-globex")).isEqualTo(checksum(before, "producer-globex"));
		assertThat(checksum(after, "consumer")).isEqualTo(checksum(before, "consumer"));
		assertThat(checksum(newDatabase, "consumer")).isNotEqualTo(checksum(before, "consumer"));
		assertThat(checksum(newDatabase, "producer-globex")).isNotEqualTo(checksum(before, "producer-globex"));
	}

	static List<Manifest> deployments(Manifests manifests) {
		List<Manifest> deployments = manifests.ofKind("Deployment");
		assertThat(deployments).hasSizeGreaterThan(1);
		return deployments;
	}

	private static String checksum(Manifests manifests, String component) {
		Manifest deployment = manifests.named("Deployment", "ci-genesys-call-import-" + component);
		String checksum = Tree.stringAt(deployment.object(), "spec.template.metadata.annotations.checksum/config");
		assertThat(checksum).matches("[0-9a-f]{64}");
		return checksum;
	}

}
