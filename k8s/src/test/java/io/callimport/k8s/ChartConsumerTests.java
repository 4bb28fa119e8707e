package io.callimport.k8s;

import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
	void scalesOnTheWaitingMessagesOfEveryTenantQueueWithKedaInsteadOfTheHpa() {
		Manifests manifests = Chart.render("""
				rabbitmq: {host: mq.example, virtualHost: imports}
				consumer: {autoscaling: {enabled: false, targetCPU: 70}, keda: {enabled: true, maxReplicas: 6}}
				""");

		assertThat(manifests.ofKind("HorizontalPodAutoscaler")).as("KEDA makes its own").isEmpty();
		Manifest scaled = manifests.named("ScaledObject", CONSUMER);
		assertThat(scaled.object()).containsEntry("apiVersion", "keda.sh/v1alpha1");
		assertThat(Tree.mapAt(scaled.object(), "spec.scaleTargetRef")).containsEntry("kind", "Deployment")
			.containsEntry("name", manifests.named("Deployment", CONSUMER).name());
		assertThat(Tree.mapAt(scaled.object(), "spec")).containsEntry("maxReplicaCount", 6);
		assertThat(Tree.at(manifests.named("Deployment", CONSUMER).object(), "spec.replicas"))
			.as("KEDA owns the replica count")
			.isNull();
		java.util.List<?> triggers = (java.util.List<?>) Tree.at(scaled.object(), "spec.triggers");
		@SuppressWarnings("unchecked")
		Map<String, Object> rabbit = (Map<String, Object>) ((Map<String, Object>) triggers.get(0)).get("metadata");
		assertThat(rabbit).containsEntry("protocol", "http")
			.containsEntry("host", "http://mq.example:15672/imports")
			.containsEntry("useRegex", "true")
			.containsEntry("operation", "sum")
			.containsEntry("mode", "QueueLength")
			.containsEntry("usernameFromEnv", "SPRING_RABBITMQ_USERNAME")
			.containsEntry("passwordFromEnv", "SPRING_RABBITMQ_PASSWORD");
		java.util.regex.Pattern queues = java.util.regex.Pattern.compile((String) rabbit.get("queueName"));
		assertThat(java.util.List.of("callimport.conversations.live.acme",
				"callimport.conversations.background.acme.eu", "callimport.conversations.ended"))
			.allMatch((name) -> queues.matcher(name).find());
		assertThat(java.util.List.of("callimport.conversations.ended.dlq", "callimport.conversations.ended.retry.5s",
				"callimport.delay.30s", "callimport.analysis.calls-ready"))
			.noneMatch((name) -> queues.matcher(name).find());
		assertThat(triggers).hasSize(2);
		assertThat(((Map<?, ?>) triggers.get(1)).get("type")).isEqualTo("cpu");
	}

	@Test
	void refusesKedaBesideThePlainHpa() {
		assertThatIllegalStateException().isThrownBy(() -> Chart.render("consumer: {keda: {enabled: true}}"))
			.withMessageContaining("consumer.autoscaling.enabled=false");
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

	@Test
	void drainsInFlightImportsForTheGracePeriodLessTenSecondsAfterAShortPreStopSleep() {
		Manifests manifests = Chart.render();

		Manifest consumer = manifests.named("Deployment", CONSUMER);
		assertThat(consumer.podSpec()).containsEntry("terminationGracePeriodSeconds", 120);
		assertThat(Tree.mapAt(consumer.containers().get(0), "lifecycle.preStop"))
			.isEqualTo(Map.of("sleep", Map.of("seconds", 5)));
		assertThat(Tree.mapAt(manifests.named("ConfigMap", CONSUMER).object(), "data"))
			.containsEntry("CONSUMER_SHUTDOWN_DRAIN_TIMEOUT", "110s");
		assertThat(Tree.stringAt(consumer.containers().get(0), "envFrom")).as("the ConfigMap reaches the container")
			.contains(CONSUMER);
	}

	@Test
	void followsALongerGracePeriodWithTheDrainTimeout() {
		Manifests manifests = Chart.render("consumer: {terminationGracePeriodSeconds: 900}");

		assertThat(manifests.named("Deployment", CONSUMER).podSpec()).containsEntry("terminationGracePeriodSeconds",
				900);
		assertThat(Tree.mapAt(manifests.named("ConfigMap", CONSUMER).object(), "data"))
			.containsEntry("CONSUMER_SHUTDOWN_DRAIN_TIMEOUT", "890s");
	}

	@Test
	void sleepsWithAnExecBeforeKubernetes130AndNotAtAllWhenTurnedOff() {
		Manifest old = Chart.renderFor("1.29.0").named("Deployment", CONSUMER);
		Manifest none = Chart.render("consumer: {preStopSleepSeconds: 0}").named("Deployment", CONSUMER);

		assertThat(Tree.listAt(old.containers().get(0), "lifecycle.preStop.exec.command")).containsExactly("sleep",
				"5");
		assertThat(Tree.at(none.containers().get(0), "lifecycle")).isNull();
	}

	@Test
	void refusesAGracePeriodThatLeavesNoTimeToDrain() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Chart.render("consumer: {terminationGracePeriodSeconds: 15}"))
			.withMessageContaining("consumer.terminationGracePeriodSeconds (15) must exceed");
	}

}
