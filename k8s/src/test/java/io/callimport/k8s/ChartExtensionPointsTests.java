package io.callimport.k8s;

import java.util.List;
import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The Bitnami-style extension points every workload takes: extra env sources, volumes,
 * init containers, sidecars, lifecycle hooks, topology spread, the global registry.
 */
class ChartExtensionPointsTests {

	private static final List<String> WORKLOADS = List.of("producer", "consumer", "installationApi");

	/** The same extension values for every workload; {{ .Release.Name }} shows tpl. */
	private static String forEveryWorkload(String block) {
		StringBuilder values = new StringBuilder();
		for (String workload : WORKLOADS) {
			values.append(workload).append(":\n").append(block.indent(2));
		}
		return values.toString();
	}

	@Test
	void readsWholeConfigMapsAndSecretsAsEnvironmentAfterTheChartsOwn() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, forEveryWorkload("""
				extraEnvVarsCM: '{{ .Release.Name }}-tuning'
				extraEnvVarsSecret: proxy-credentials
				"""));

		for (Manifest deployment : ChartWorkloadTests.deployments(manifests)) {
			List<Object> envFrom = Tree.listAt(deployment.containers().get(0), "envFrom");
			assertThat(envFrom).as(deployment.name()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(Tree.stringAt(envFrom.get(envFrom.size() - 2), "configMapRef.name")).isEqualTo("ci-tuning");
			assertThat(Tree.stringAt(envFrom.get(envFrom.size() - 1), "secretRef.name")).isEqualTo("proxy-credentials");
		}
	}

	@Test
	void mountsAPrivateCaTruststoreReadOnlyAndPointsTheJvmAtItWithTheRootFilesystemStillReadOnly() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, forEveryWorkload("""
				extraVolumes:
				  - name: truststore
				    secret: {secretName: corporate-ca}
				extraVolumeMounts:
				  - {name: truststore, mountPath: /etc/callimport/truststore, readOnly: true}
				extraEnvVars:
				  - name: JAVA_TOOL_OPTIONS
				    value: >-
				      -Djavax.net.ssl.trustStore=/etc/callimport/truststore/truststore.p12
				      -Djavax.net.ssl.trustStoreType=PKCS12
				"""));

		for (Manifest deployment : ChartWorkloadTests.deployments(manifests)) {
			Map<String, Object> container = deployment.containers().get(0);
			assertThat(Tree.at(container, "securityContext.readOnlyRootFilesystem")).as(deployment.name())
				.isEqualTo(true);
			assertThat(Tree.listAt(container, "volumeMounts")).extracting((mount) -> Tree.stringAt(mount, "mountPath"))
				.containsExactly("/tmp", "/etc/callimport/truststore");
			assertThat(Tree.listAt(container, "volumeMounts")).last()
				.satisfies((mount) -> assertThat(Tree.at(mount, "readOnly")).isEqualTo(true));
			assertThat(Tree.listAt(deployment.podSpec(), "volumes"))
				.extracting((volume) -> Tree.stringAt(volume, "name"))
				.containsExactly("tmp", "truststore");
			assertThat(Tree.listAt(deployment.podSpec(), "volumes")).last()
				.satisfies(
						(volume) -> assertThat(Tree.stringAt(volume, "secret.secretName")).isEqualTo("corporate-ca"));
			assertThat(Manifest.env(container).get("JAVA_TOOL_OPTIONS")).as(deployment.name())
				.asString()
				.contains("-Djavax.net.ssl.trustStore=/etc/callimport/truststore/truststore.p12");
		}
	}

	@Test
	void addsInitContainersAndSidecarsBesideTheServiceContainer() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, forEveryWorkload("""
				initContainers:
				  - name: wait-for-db
				    image: 'busybox:1.37'
				    command: ['sh', '-c', 'until nc -z postgresql 5432; do sleep 1; done']
				sidecars:
				  - name: log-shipper
				    image: 'fluent/fluent-bit:4.0'
				"""));

		for (Manifest deployment : ChartWorkloadTests.deployments(manifests)) {
			assertThat(Tree.listAt(deployment.podSpec(), "initContainers"))
				.extracting((container) -> Tree.stringAt(container, "name"))
				.containsExactly("wait-for-db");
			assertThat(deployment.containers()).extracting((container) -> Tree.stringAt(container, "name"))
				.as(deployment.name())
				.hasSize(2)
				.endsWith("log-shipper");
		}
	}

	@Test
	void spreadsPodsWithTheGivenTopologyConstraints() {
		Manifest consumer = Chart.render("""
				consumer:
				  topologySpreadConstraints:
				    - maxSkew: 1
				      topologyKey: topology.kubernetes.io/zone
				      whenUnsatisfiable: ScheduleAnyway
				      labelSelector:
				        matchLabels:
				          app.kubernetes.io/instance: '{{ .Release.Name }}'
				          app.kubernetes.io/component: consumer
				""").named("Deployment", "ci-genesys-call-import-consumer");

		assertThat(Tree.listAt(consumer.podSpec(), "topologySpreadConstraints")).singleElement().satisfies((spread) -> {
			assertThat(Tree.stringAt(spread, "topologyKey")).isEqualTo("topology.kubernetes.io/zone");
			assertThat(Tree.mapAt(spread, "labelSelector.matchLabels")).containsEntry("app.kubernetes.io/instance",
					"ci");
		});
		assertThat(Tree.at(Chart.render().named("Deployment", "ci-genesys-call-import-consumer").podSpec(),
				"topologySpreadConstraints"))
			.isNull();
	}

	@Test
	void lifecycleHooksReplaceTheDefaultPreStop() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, forEveryWorkload("""
				lifecycleHooks:
				  preStop:
				    httpGet: {path: /drain, port: management}
				"""));

		for (Manifest deployment : ChartWorkloadTests.deployments(manifests)) {
			assertThat(Tree.mapAt(deployment.containers().get(0), "lifecycle")).as(deployment.name())
				.containsOnlyKeys("preStop");
			assertThat(Tree.stringAt(deployment.containers().get(0), "lifecycle.preStop.httpGet.path"))
				.isEqualTo("/drain");
		}
	}

	@Test
	void takesTheGlobalImageRegistryOverTheChartsOwn() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, """
				global: {imageRegistry: mirror.example.com/callimport}
				image: {registry: registry.example.com}
				""");

		for (Manifest deployment : ChartWorkloadTests.deployments(manifests)) {
			assertThat(Tree.stringAt(deployment.containers().get(0), "image")).as(deployment.name())
				.startsWith("mirror.example.com/callimport/");
		}
		assertThat(Tree.stringAt(Chart.render("image: {registry: registry.example.com}")
			.named("Deployment", "ci-genesys-call-import-consumer")
			.containers()
			.get(0), "image")).isEqualTo("registry.example.com/conversation-consumer:0.1.0");
	}

	@Test
	void letsPodsThatAreNotReadyBeEvictedFromEveryDisruptionBudget() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		assertThat(manifests.ofKind("PodDisruptionBudget")).hasSize(4)
			.allSatisfy(
					(pdb) -> assertThat(Tree.stringAt(pdb.object(), "spec.unhealthyPodEvictionPolicy")).as(pdb.name())
						.isEqualTo("AlwaysAllow"));
		assertThat(Tree.stringAt(Chart.render("consumer: {pdb: {unhealthyPodEvictionPolicy: IfHealthyBudget}}")
			.named("PodDisruptionBudget", "ci-genesys-call-import-consumer")
			.object(), "spec.unhealthyPodEvictionPolicy")).isEqualTo("IfHealthyBudget");
		assertThat(Tree.at(Chart.render("consumer: {pdb: {unhealthyPodEvictionPolicy: ''}}")
			.named("PodDisruptionBudget", "ci-genesys-call-import-consumer")
			.object(), "spec.unhealthyPodEvictionPolicy")).isNull();
	}

	@Test
	void rejectsMisspeltKeysAtEveryLevelOfTheValues() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("consumer: {extraVolumeMount: []}"))
			.withMessageContaining("extraVolumeMount");
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("consumer: {extraVolumeMounts: [{name: ca, mountpath: /etc/ca}]}"))
			.withMessageContaining("mountpath");
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("producer: {ingress: {enabled: false, tlsSecret: x}}"))
			.withMessageContaining("tlsSecret");
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("networkPolicy: {egress: {postgres: {ports: [5432]}}}"))
			.withMessageContaining("postgres");
		assertThatIllegalStateException()
			.isThrownBy(
					() -> Chart.render("installationApi: {containerSecurityContext: {readOnlyRootFileSystem: true}}"))
			.withMessageContaining("readOnlyRootFileSystem");
	}

}
