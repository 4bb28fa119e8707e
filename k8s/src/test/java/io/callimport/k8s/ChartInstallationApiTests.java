package io.callimport.k8s;

import java.util.List;
import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChartInstallationApiTests {

	private static final String INSTALLATION_API = "ci-genesys-call-import-installation-api";

	@Test
	void deploysTheInstallationApiByDefaultWithItsOwnConfigurationAndNoBroker() {
		Manifests manifests = Chart.render(ValuesFixtures.INSTALLATION_API_EXPOSED);

		Manifest deployment = manifests.named("Deployment", INSTALLATION_API);
		assertThat(Tree.at(deployment.object(), "spec.replicas")).isEqualTo(2);
		Map<String, Object> container = deployment.containers().get(0);
		assertThat(Tree.stringAt(container, "image")).isEqualTo("installation-api:0.1.0");
		assertThat(Tree.listAt(container, "envFrom")).extracting((source) -> Tree.stringAt(source, "configMapRef.name"))
			.containsExactly(INSTALLATION_API);
		assertThat(Tree.listAt(container, "ports")).extracting((port) -> Tree.at(port, "containerPort"))
			.containsExactly(8100, 8101);
		Map<String, Object> data = Tree.mapAt(manifests.named("ConfigMap", INSTALLATION_API).object(), "data");
		assertThat(data).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgresql:5432/callimport")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "callimport")
			.containsEntry("WIZARD_OAUTH_CLIENT_ID", "wizard-client")
			.containsEntry("WIZARD_INTEGRATION_TYPE_ID", "callimport-speech-analytics")
			.containsEntry("WIZARD_NAME_PREFIX", "Call Import")
			.containsEntry("WIZARD_FRAME_ANCESTORS", "https://apps.mypurecloud.com,https://*.pure.cloud")
			.containsEntry("EXTERNAL_TOKEN_LIFETIME", "10m")
			.containsEntry("SERVER_PORT", "8100")
			.containsEntry("MANAGEMENT_SERVER_PORT", "8101");
		assertThat(data.keySet()).noneMatch((key) -> key.startsWith("SPRING_RABBITMQ"));
	}

	@Test
	void leavesOutTheWizardClientAndFrameAncestorsUntilSetAndPassesGenesysOverrides() {
		Map<String, Object> data = Tree.mapAt(
				Chart.render("genesys: {apiBaseUrl: 'http://sim:18080'}").named("ConfigMap", INSTALLATION_API).object(),
				"data");

		assertThat(data).doesNotContainKeys("WIZARD_OAUTH_CLIENT_ID", "WIZARD_FRAME_ANCESTORS")
			.containsEntry("GENESYS_API_BASE_URL", "http://sim:18080");
	}

	@Test
	void readsTheDatabaseSettingsKeySigningKeyAndOperatorTokenFromSecrets() {
		Map<String, Object> defaults = env(Chart.render());
		Map<String, Object> ownSecrets = env(Chart.render("""
				credentials: {existingSecret: call-import}
				installationApi:
				  externalToken: {existingSecret: wizard-keys, secretKeys: {signingKey: jwt}}
				  operatorApi: {secretKeys: {token: operator}}
				"""));

		assertThat(defaults).containsOnlyKeys("SPRING_DATASOURCE_PASSWORD", "SETTINGS_ENCRYPTION_KEY",
				"EXTERNAL_TOKEN_SIGNING_KEY", "OPERATOR_API_TOKEN");
		assertThat(reference(defaults, "SETTINGS_ENCRYPTION_KEY"))
			.isEqualTo("ci-genesys-call-import-credentials/settings-encryption-key");
		assertThat(reference(defaults, "EXTERNAL_TOKEN_SIGNING_KEY"))
			.isEqualTo("ci-genesys-call-import-credentials/external-token-signing-key");
		assertThat(reference(defaults, "OPERATOR_API_TOKEN"))
			.isEqualTo("ci-genesys-call-import-credentials/operator-api-token");
		assertThat(reference(ownSecrets, "EXTERNAL_TOKEN_SIGNING_KEY")).isEqualTo("wizard-keys/jwt");
		assertThat(reference(ownSecrets, "OPERATOR_API_TOKEN")).isEqualTo("call-import/operator");
		assertThat(reference(ownSecrets, "SPRING_DATASOURCE_PASSWORD")).isEqualTo("call-import/database-password");
	}

	@Test
	void rejectsATokenOrKeyWrittenIntoTheValues() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("installationApi: {operatorApi: {token: operator-token-1234}}"))
			.withMessageContaining("/installationApi/operatorApi")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("operator-token-1234"));
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("installationApi: {externalToken: {signingKey: c2VjcmV0}}"))
			.withMessageContaining("/installationApi/externalToken");
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("installationApi: {wizard: {clientSecret: s3cr3t}}"))
			.withMessageContaining("/installationApi/wizard");
	}

	@Test
	void servesHttpAndTheActuatorFromAServiceSelectingOnlyItsPods() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		Manifest service = manifests.named("Service", INSTALLATION_API);
		assertThat(Tree.listAt(service.object(), "spec.ports"))
			.extracting((port) -> Tree.stringAt(port, "name"), (port) -> Tree.at(port, "port"),
					(port) -> Tree.stringAt(port, "targetPort"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("http", 8100, "http"),
					org.assertj.core.groups.Tuple.tuple("management", 8101, "management"));
		Map<String, Object> selector = Tree.mapAt(service.object(), "spec.selector");
		assertThat(selector).containsEntry("app.kubernetes.io/component", "installation-api");
		for (Manifest deployment : manifests.ofKind("Deployment")) {
			Map<String, Object> podLabels = Tree.mapAt(deployment.object(), "spec.template.metadata.labels");
			assertThat(podLabels.entrySet().containsAll(selector.entrySet())).as(deployment.name())
				.isEqualTo(deployment.name().equals(INSTALLATION_API));
		}
	}

	@Test
	void exposesOnlyTheWizardAndTheExternalApiOverHttpsThroughTheIngress() {
		Manifests manifests = Chart.render(ValuesFixtures.INSTALLATION_API_EXPOSED);

		Manifest ingress = manifests.named("Ingress", INSTALLATION_API);
		assertThat(ingress.object()).containsEntry("apiVersion", "networking.k8s.io/v1");
		assertThat(Tree.mapAt(ingress.object(), "metadata.annotations")).containsEntry("cert-manager.io/cluster-issuer",
				"letsencrypt");
		assertThat(Tree.stringAt(ingress.object(), "spec.ingressClassName")).isEqualTo("nginx");
		assertThat(Tree.listAt(ingress.object(), "spec.tls")).singleElement().satisfies((tls) -> {
			assertThat(Tree.listAt(tls, "hosts")).containsExactly("wizard.example.com");
			assertThat(Tree.stringAt(tls, "secretName")).isEqualTo("wizard.example.com-tls");
		});
		Object rule = Tree.listAt(ingress.object(), "spec.rules").get(0);
		assertThat(Tree.stringAt(rule, "host")).isEqualTo("wizard.example.com");
		List<Object> paths = Tree.listAt(rule, "http.paths");
		assertThat(paths).extracting((path) -> Tree.stringAt(path, "path")).containsExactly("/wizard", "/external");
		assertThat(paths).allSatisfy((path) -> {
			assertThat(Tree.stringAt(path, "pathType")).isEqualTo("Prefix");
			assertThat(Tree.stringAt(path, "backend.service.name")).isEqualTo(INSTALLATION_API);
			assertThat(Tree.stringAt(path, "backend.service.port.name")).isEqualTo("http");
		});
	}

	@Test
	void createsNoIngressUnlessAskedAndNeedsAHostForOne() {
		assertThat(Chart.render().ofKind("Ingress")).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("installationApi: {ingress: {enabled: true}}"))
			.withMessageContaining("installationApi.ingress.hostname is required");
		Manifest plain = Chart
			.render("installationApi: {ingress: {enabled: true, hostname: w.example.org, tls: false}}")
			.named("Ingress", INSTALLATION_API);
		assertThat(Tree.at(plain.object(), "spec.tls")).isNull();
		assertThat(Tree.at(plain.object(), "spec.ingressClassName")).isNull();
	}

	@Test
	void rendersNothingOfTheInstallationApiWhenDisabled() {
		Manifests manifests = Chart.render(ValuesFixtures.INSTALLATION_API_EXPOSED,
				"installationApi: {enabled: false}");

		assertThat(manifests.all()).extracting(Manifest::name).doesNotContain(INSTALLATION_API);
	}

	@Test
	void restartsItsPodsWhenItsOwnConfigurationOrTheDatabaseChangesOnly() {
		String before = checksum(Chart.render());

		assertThat(checksum(Chart.render("installationApi: {wizard: {namePrefix: Imports}}"))).isNotEqualTo(before);
		assertThat(checksum(Chart.render("database: {url: 'jdbc:postgresql://db2:5432/x'}"))).isNotEqualTo(before);
		assertThat(checksum(Chart.render("rabbitmq: {host: mq2}", "consumer: {concurrency: 9}"))).isEqualTo(before);
	}

	@Test
	void tellsAfterInstallWhereTheWizardIsAndThatItsClientIsMissing() {
		String exposed = Chart.installNotes(ValuesFixtures.INSTALLATION_API_EXPOSED);
		String bare = Chart.installNotes("");

		assertThat(exposed).contains("https://wizard.example.com/wizard/index.html")
			.contains("operator API token       ci-genesys-call-import-credentials / operator-api-token")
			.contains("port-forward svc/ci-genesys-call-import-installation-api 8100")
			.doesNotContain("WARNING");
		assertThat(bare).contains("WARNING: installationApi.wizard.oauthClientId is empty");
	}

	private static Map<String, Object> env(Manifests manifests) {
		return Manifest.env(manifests.named("Deployment", INSTALLATION_API).containers().get(0));
	}

	private static String reference(Map<String, Object> env, String name) {
		Object value = env.get(name);
		assertThat(value).as(name).isInstanceOf(Map.class);
		return Tree.stringAt(value, "secretKeyRef.name") + "/" + Tree.stringAt(value, "secretKeyRef.key");
	}

	private static String checksum(Manifests manifests) {
		String checksum = Tree.stringAt(manifests.named("Deployment", INSTALLATION_API).object(),
				"spec.template.metadata.annotations.checksum/config");
		assertThat(checksum).matches("[0-9a-f]{64}");
		return checksum;
	}

}
