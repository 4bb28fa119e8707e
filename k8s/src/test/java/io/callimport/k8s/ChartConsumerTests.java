package io.callimport.k8s;

import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartConsumerTests {

	private static final String CONSUMER = "ci-genesys-call-import-consumer";

	@Test
	void scalesTheConsumerDeploymentWithAHorizontalPodAutoscaler() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		Manifest hpa = manifests.named("HorizontalPodAutoscaler", CONSUMER);
		assertThat(hpa.object()).containsEntry("apiVersion", "autoscaling/v2");
		assertThat(Tree.mapAt(hpa.object(), "spec.scaleTargetRef")).containsEntry("apiVersion", "apps/v1")
			.containsEntry("kind", "Deployment")
			.containsEntry("name", manifests.named("Deployment", CONSUMER).name());
		assertThat(Tree.at(manifests.named("Deployment", CONSUMER).object(), "spec.replicas"))
			.as("the HPA owns the replica count")
			.isNull();
		assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSize(1);
	}

	@Test
	void setsFixedReplicasWithoutAutoscaling() {
		Manifests manifests = Chart.render("consumer: {autoscaling: {enabled: false}, replicaCount: 3}");

		assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isEmpty();
		assertThat(Tree.at(manifests.named("Deployment", CONSUMER).object(), "spec.replicas")).isEqualTo(3);
	}

	@Test
	void passesConsumerSettingsThroughItsConfigMap() {
		Manifests manifests = Chart.render("""
				consumer:
				  concurrency: 8
				  recordingFormat: MP3
				  minio: {endpoint: 'https://s3.example.org', bucket: recordings-eu}
				""");

		Map<String, Object> data = Tree.mapAt(manifests.named("ConfigMap", CONSUMER).object(), "data");
		assertThat(data).containsEntry("CONSUMER_CONCURRENCY", "8")
			.containsEntry("RECORDING_FORMAT", "MP3")
			.containsEntry("MINIO_ENDPOINT", "https://s3.example.org")
			.containsEntry("MINIO_BUCKET", "recordings-eu")
			.containsEntry("MANAGEMENT_SERVER_PORT", "8081");
	}

	@Test
	void coversEveryDeploymentWithADisruptionBudgetSelectingItsPods() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		for (Manifest deployment : manifests.ofKind("Deployment")) {
			Manifest pdb = manifests.named("PodDisruptionBudget", deployment.name());
			Map<String, Object> podLabels = Tree.mapAt(deployment.object(), "spec.template.metadata.labels");
			assertThat(podLabels).containsAllEntriesOf(Tree.mapAt(pdb.object(), "spec.selector.matchLabels"));
			assertThat(Tree.mapAt(pdb.object(), "spec")).containsAnyOf(Map.entry("minAvailable", 1),
					Map.entry("maxUnavailable", 1));
		}
		assertThat(manifests.ofKind("PodDisruptionBudget")).hasSameSizeAs(manifests.ofKind("Deployment"));
	}

	@Test
	void selectsOnlyItsOwnPodsFromEachServiceAndDeployment() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		Map<String, Object> consumerSelector = Tree.mapAt(manifests.named("Service", CONSUMER).object(),
				"spec.selector");
		Map<String, Object> acmePods = Tree.mapAt(
				manifests.named("Deployment", "ci-genesys-call-import-producer-acme").object(),
				"spec.template.metadata.labels");
		Map<String, Object> globexSelector = Tree.mapAt(
				manifests.named("Deployment", "ci-genesys-call-import-producer-globex").object(),
				"spec.selector.matchLabels");
		assertThat(acmePods).as("a consumer Service must not route to producers")
			.doesNotContainEntry("app.kubernetes.io/component", consumerSelector.get("app.kubernetes.io/component"));
		assertThat(acmePods).as("tenants' Deployments must not adopt each other's pods")
			.doesNotContainEntry("callimport.io/tenant", globexSelector.get("callimport.io/tenant"));
	}

}
