package io.callimport.k8s;

import java.util.Map;
import java.util.regex.Pattern;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChartSecretsTests {

	/**
	 * Names of settings that carry secrets (MINIO_BUCKET, EXTERNAL_TOKEN_LIFETIME and
	 * friends do not match).
	 */
	private static final Pattern SECRET_NAME = Pattern
		.compile(".*(PASSWORD|SECRET|TOKEN|ACCESS_KEY|ENCRYPTION_KEY|SIGNING_KEY)(_KEY)?$", Pattern.CASE_INSENSITIVE);

	private static final String ALL_ON = ValuesFixtures.TWO_TENANTS + ValuesFixtures.MONITORING_ON;

	@Test
	void readsEverySecretLookingVariableFromASecretKeyRef() {
		for (Manifest deployment : ChartWorkloadTests.deployments(Chart.render(ALL_ON))) {
			for (Map<String, Object> container : deployment.containers()) {
				Manifest.env(container).forEach((name, value) -> {
					if (SECRET_NAME.matcher(name).matches()) {
						assertThat(value).as("%s in %s", name, deployment.name()).isInstanceOf(Map.class);
						assertThat(Tree.stringAt(value, "secretKeyRef.name")).as(name).isNotBlank();
						assertThat(Tree.stringAt(value, "secretKeyRef.key")).as(name).isNotBlank();
					}
				});
			}
		}
	}

	@Test
	void givesEachServiceTheSecretsItNeeds() {
		Manifests manifests = Chart.render(ALL_ON);

		Map<String, Object> producerEnv = Manifest
			.env(manifests.named("Deployment", "ci-genesys-call-import-producer-acme").containers().get(0));
		Map<String, Object> consumerEnv = Manifest
			.env(manifests.named("Deployment", "ci-genesys-call-import-consumer").containers().get(0));
		assertThat(producerEnv).containsKeys("SPRING_DATASOURCE_PASSWORD", "SPRING_RABBITMQ_PASSWORD",
				"SETTINGS_ENCRYPTION_KEY", "ADMIN_API_TOKEN");
		assertThat(consumerEnv)
			.containsKeys("SPRING_DATASOURCE_PASSWORD", "SPRING_RABBITMQ_PASSWORD", "SETTINGS_ENCRYPTION_KEY",
					"MINIO_ACCESS_KEY", "MINIO_SECRET_KEY")
			.doesNotContainKey("ADMIN_API_TOKEN");
		assertThat(Manifest
			.env(manifests.named("Deployment", "ci-genesys-call-import-installation-api").containers().get(0)))
			.containsKeys("SPRING_DATASOURCE_PASSWORD", "SETTINGS_ENCRYPTION_KEY", "EXTERNAL_TOKEN_SIGNING_KEY",
					"OPERATOR_API_TOKEN")
			.doesNotContainKeys("ADMIN_API_TOKEN", "SPRING_RABBITMQ_PASSWORD");
	}

	@Test
	void neverCreatesASecretNorPutsSecretSettingsInConfigMaps() {
		Manifests manifests = Chart.render(ALL_ON);

		assertThat(manifests.ofKind("Secret")).isEmpty();
		for (Manifest configMap : manifests.ofKind("ConfigMap")) {
			assertThat(Tree.mapAt(configMap.object(), "data").keySet()).as(configMap.name())
				.noneMatch((key) -> SECRET_NAME.matcher(key).matches());
		}
	}

	@Test
	void readsEachCredentialFromItsExistingSecretAndKey() {
		Manifests manifests = Chart.render(ALL_ON, """
				credentials: {existingSecret: call-import}
				database: {existingSecret: pg-app, secretKeys: {password: pw}}
				consumer: {minio: {secretKeys: {accessKey: user, secretKey: pass}}}
				""");

		Map<String, Object> acme = Manifest
			.env(manifests.named("Deployment", "ci-genesys-call-import-producer-acme").containers().get(0));
		Map<String, Object> globex = Manifest
			.env(manifests.named("Deployment", "ci-genesys-call-import-producer-globex").containers().get(0));
		Map<String, Object> consumer = Manifest
			.env(manifests.named("Deployment", "ci-genesys-call-import-consumer").containers().get(0));
		assertThat(reference(acme, "SPRING_DATASOURCE_PASSWORD")).isEqualTo("pg-app/pw");
		assertThat(reference(acme, "SPRING_RABBITMQ_PASSWORD")).isEqualTo("call-import/rabbitmq-password");
		assertThat(reference(acme, "ADMIN_API_TOKEN")).isEqualTo("call-import/admin-api-token");
		assertThat(reference(globex, "ADMIN_API_TOKEN")).isEqualTo("globex-admin/token");
		assertThat(reference(consumer, "MINIO_ACCESS_KEY")).isEqualTo("call-import/user");
		assertThat(reference(consumer, "MINIO_SECRET_KEY")).isEqualTo("call-import/pass");
	}

	@Test
	void defaultsToTheReleaseCredentialsSecret() {
		Map<String, Object> consumer = Manifest
			.env(Chart.render().named("Deployment", "ci-genesys-call-import-consumer").containers().get(0));

		assertThat(reference(consumer, "SETTINGS_ENCRYPTION_KEY"))
			.isEqualTo("ci-genesys-call-import-credentials/settings-encryption-key");
	}

	@Test
	void rejectsASecretValueWrittenIntoTheValues() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("database: {password: hunter2}"))
			.withMessageContaining("password")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("hunter2"));
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("consumer: {minio: {accessKey: AKIA0000, secretKey: s3cr3t}}"))
			.withMessageContaining("/consumer/minio");
	}

	private static String reference(Map<String, Object> env, String name) {
		Object value = env.get(name);
		assertThat(value).as(name).isInstanceOf(Map.class);
		return Tree.stringAt(value, "secretKeyRef.name") + "/" + Tree.stringAt(value, "secretKeyRef.key");
	}

}
