package io.callimport.k8s;

import java.util.List;
import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChartTenantTests {

	@Test
	void rendersOneProducerDeploymentPerListedTenantWithItsTenantId() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		List<Manifest> producers = manifests.ofKind("Deployment")
			.stream()
			.filter((deployment) -> "producer".equals(deployment.labels().get("app.kubernetes.io/component")))
			.toList();
		assertThat(producers).extracting(Manifest::name)
			.containsExactlyInAnyOrder("ci-genesys-call-import-producer-acme",
					"ci-genesys-call-import-producer-globex");
		assertThat(tenantIdOf(manifests, "ci-genesys-call-import-producer-acme")).isEqualTo("acme");
		assertThat(tenantIdOf(manifests, "ci-genesys-call-import-producer-globex")).isEqualTo("globex");
	}

	@Test
	void runsTwoReplicasPerTenantUnlessTheTenantSaysOtherwise() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		assertThat(Tree.at(manifests.named("Deployment", "ci-genesys-call-import-producer-acme").object(),
				"spec.replicas"))
			.isEqualTo(2);
		assertThat(Tree.at(manifests.named("Deployment", "ci-genesys-call-import-producer-globex").object(),
				"spec.replicas"))
			.isEqualTo(3);
	}

	@Test
	void appliesPerTenantReconciliationScheduleAndKeepsTheDefaultForOthers() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		Map<String, Object> acme = Tree
			.mapAt(manifests.named("ConfigMap", "ci-genesys-call-import-producer-acme").object(), "data");
		Map<String, Object> globex = Tree
			.mapAt(manifests.named("ConfigMap", "ci-genesys-call-import-producer-globex").object(), "data");
		assertThat(acme).containsEntry("RECONCILIATION_CRON", "0 30 2 * * ?")
			.containsEntry("RECONCILIATION_ZONE", "UTC");
		assertThat(globex).containsEntry("RECONCILIATION_CRON", "0 0 4 * * ?")
			.containsEntry("RECONCILIATION_ZONE", "America/Chicago");
	}

	@Test
	void appliesPerTenantResourcesAndExtraEnvironment() {
		Manifest globex = Chart.render(ValuesFixtures.TWO_TENANTS)
			.named("Deployment", "ci-genesys-call-import-producer-globex");

		Map<String, Object> container = globex.containers().get(0);
		assertThat(Tree.stringAt(container, "resources.limits.memory")).isEqualTo("1Gi");
		assertThat(Manifest.env(container)).containsEntry("LOGGING_LEVEL_IO_CALLIMPORT", "DEBUG");
	}

	@Test
	void givesEachTenantAnAdminApiServiceAndADisruptionBudget() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		for (String tenant : List.of("acme", "globex")) {
			String name = "ci-genesys-call-import-producer-" + tenant;
			Manifest service = manifests.named("Service", name);
			assertThat(Tree.listAt(service.object(), "spec.ports"))
				.extracting((port) -> Tree.stringAt(port, "targetPort"))
				.containsExactlyInAnyOrder("http", "management");
			assertThat(Tree.mapAt(service.object(), "spec.selector")).containsEntry("callimport.io/tenant", tenant);
			Manifest pdb = manifests.named("PodDisruptionBudget", name);
			assertThat(Tree.mapAt(pdb.object(), "spec.selector.matchLabels")).containsEntry("callimport.io/tenant",
					tenant);
		}
	}

	@Test
	void keepsTheTenantIdWholeInNamesOfAtMost63Characters() {
		String longTenant = "a-tenant-with-a-thirty-chars-x";
		Manifests manifests = Chart
			.render("fullnameOverride: " + "r".repeat(60) + "\n" + "producer: {tenants: [{id: " + longTenant
					+ "}, {id: " + longTenant.replace('x', 'y') + ", adminApi: {secretKeys: {token: second-token}}}]}");

		assertThat(manifests.ofKind("Deployment")).extracting(Manifest::name)
			.allSatisfy((name) -> assertThat(name).hasSizeLessThanOrEqualTo(63))
			.anySatisfy((name) -> assertThat(name).endsWith("-producer-" + longTenant))
			.doesNotHaveDuplicates();
	}

	@Test
	void tellsAfterInstallWhereEachTenantsAdminApiAndTokenAre() {
		String notes = Chart.installNotes(ValuesFixtures.TWO_TENANTS);

		assertThat(notes).contains("acme (admin token: Secret ci-genesys-call-import-credentials / admin-api-token)")
			.contains("globex (admin token: Secret globex-admin / token)")
			.contains("port-forward svc/ci-genesys-call-import-producer-globex 8080")
			.contains("/api/v1/tenants/globex/genesys-settings");
	}

	@Test
	void rendersNoProducerWhenNoTenantIsListed() {
		Manifests manifests = Chart.render();

		assertThat(manifests.ofKind("Deployment")).extracting(Manifest::name)
			.containsExactlyInAnyOrder("ci-genesys-call-import-consumer", "ci-genesys-call-import-installation-api");
	}

	@Test
	void rejectsATenantWithoutId() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("""
				producer:
				  tenants:
				    - replicaCount: 2
				""")).withMessageContaining("/producer/tenants/0").withMessageContaining("id");
	}

	@Test
	void rejectsATenantIdThatCannotNameKubernetesObjects() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("""
				producer:
				  tenants:
				    - id: Acme_Corp
				""")).withMessageContaining("/producer/tenants/0/id");
	}

	@Test
	void rejectsATenantListedTwice() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("""
				producer:
				  tenants:
				    - id: acme
				    - id: acme
				""")).withMessageContaining("tenant \"acme\" is listed twice");
	}

	@Test
	void rejectsTwoTenantsOnOneAdminTokenWhereverItComesFrom() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("""
				producer:
				  tenants:
				    - id: acme
				    - id: globex
				"""))
			.withMessageContaining(
					"tenants \"acme\" and \"globex\" read their admin API token from the same Secret key");
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("""
				producer:
				  tenants:
				    - id: acme
				      adminApi: {existingSecret: shared, secretKeys: {token: t}}
				    - id: globex
				      adminApi: {existingSecret: shared, secretKeys: {token: t}}
				""")).withMessageContaining("(shared / t)");
		assertThat(Chart.render("""
				producer:
				  tenants:
				    - id: acme
				      adminApi: {existingSecret: shared, secretKeys: {token: acme}}
				    - id: globex
				      adminApi: {existingSecret: shared, secretKeys: {token: globex}}
				""").ofKind("Deployment")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void rejectsAMisspelledTenantSetting() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("""
				producer:
				  tenants:
				    - id: acme
				      replicas: 3
				""")).withMessageContaining("replicas");
	}

	private static String tenantIdOf(Manifests manifests, String deploymentName) {
		Manifest deployment = manifests.named("Deployment", deploymentName);
		List<String> configMaps = Tree.listAt(deployment.containers().get(0), "envFrom")
			.stream()
			.map((source) -> Tree.stringAt(source, "configMapRef.name"))
			.toList();
		assertThat(configMaps).contains(deploymentName);
		assertThat(Manifest.env(deployment.containers().get(0))).doesNotContainKey("TENANT_ID");
		return Tree.stringAt(manifests.named("ConfigMap", deploymentName).object(), "data.TENANT_ID");
	}

	@Test
	void routesEachTenantsAdminApiPathToItsOwnProducerOverTls() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ValuesFixtures.ADMIN_API_EXPOSED);

		Manifest ingress = manifests.named("Ingress", "ci-genesys-call-import-producer");
		assertThat(Tree.stringAt(ingress.object(), "spec.ingressClassName")).isEqualTo("nginx");
		assertThat(Tree.listAt(ingress.object(), "spec.tls")).singleElement().satisfies((tls) -> {
			assertThat(Tree.listAt(tls, "hosts")).containsExactly("admin.example.com");
			assertThat(Tree.stringAt(tls, "secretName")).isEqualTo("admin.example.com-tls");
		});
		Object rule = Tree.listAt(ingress.object(), "spec.rules").get(0);
		assertThat(Tree.stringAt(rule, "host")).isEqualTo("admin.example.com");
		java.util.Map<String, String> backends = new java.util.LinkedHashMap<>();
		Tree.listAt(rule, "http.paths")
			.forEach((path) -> backends.put(Tree.stringAt(path, "path"), Tree.stringAt(path, "backend.service.name")));
		assertThat(backends).containsExactly(
				java.util.Map.entry("/api/v1/tenants/acme", "ci-genesys-call-import-producer-acme"),
				java.util.Map.entry("/api/v1/tenants/globex", "ci-genesys-call-import-producer-globex"));
		for (String service : backends.values()) {
			assertThat(manifests.named("Service", service)).isNotNull();
		}
		assertThat(Chart.render(ValuesFixtures.TWO_TENANTS).ofKind("Ingress")).isEmpty();
	}

	@Test
	void printsTheAdminApiAddressInTheNotes() {
		String notes = Chart.installNotes("""
				producer:
				  tenants: [{id: acme}]
				  ingress: {enabled: true, hostname: admin.example.com}
				networkPolicy: {enabled: true}
				""");

		assertThat(notes).contains("https://admin.example.com/api/v1/tenants/<tenant>/")
			.contains("NetworkPolicies are on");
	}

	@Test
	void needsAHostnameForTheAdminApiIngress() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render(ValuesFixtures.TWO_TENANTS, "producer: {ingress: {enabled: true}}"))
			.withMessageContaining("producer.ingress.hostname is required");
	}

}
