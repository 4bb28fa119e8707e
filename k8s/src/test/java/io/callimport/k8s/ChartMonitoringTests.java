package io.callimport.k8s;

import java.util.List;
import java.util.Map;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartMonitoringTests {

	@Test
	void createsNoPrometheusOperatorObjectsUnlessAsked() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS);

		assertThat(manifests.ofKind("ServiceMonitor")).isEmpty();
		assertThat(manifests.ofKind("PrometheusRule")).isEmpty();
		assertThat(manifests.ofKind("ConfigMap")).extracting(Manifest::name)
			.doesNotContain("ci-genesys-call-import-dashboard");
	}

	@Test
	void scrapesTheActuatorOfEveryServiceWhenTheServiceMonitorIsEnabled() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ValuesFixtures.MONITORING_ON);

		Manifest monitor = manifests.named("ServiceMonitor", "ci-genesys-call-import");
		assertThat(monitor.labels()).containsEntry("release", "prometheus");
		assertThat(Tree.listAt(monitor.object(), "spec.endpoints")).singleElement().satisfies((endpoint) -> {
			assertThat(Tree.stringAt(endpoint, "port")).isEqualTo("management");
			assertThat(Tree.stringAt(endpoint, "path")).isEqualTo("/actuator/prometheus");
		});
		Map<String, Object> selector = Tree.mapAt(monitor.object(), "spec.selector.matchLabels");
		assertThat(manifests.ofKind("Service")).hasSize(4).allSatisfy((service) -> {
			assertThat(service.labels()).containsAllEntriesOf(selector);
			assertThat(Tree.listAt(service.object(), "spec.ports")).extracting((port) -> Tree.stringAt(port, "name"))
				.contains("management");
		});
	}

	@Test
	void carriesTheAlertRulesOfTheMonitoringFolderInThePrometheusRule() {
		Manifest rule = Chart.render(ValuesFixtures.MONITORING_ON).named("PrometheusRule", "ci-genesys-call-import");

		assertThat(Tree.mapAt(rule.object(), "spec")).isEqualTo(Monitoring.ruleFile());
		assertThat(Chart.read(Chart.DIR.resolve("files/prometheus-rules.yaml"))).as("the chart's copy")
			.isEqualTo(Chart.read(Monitoring.RULES));
	}

	@Test
	void expectsEveryConfiguredTenantWithARecordingRuleForTheAbsenceAlerts() {
		Manifest rule = Chart.render(ValuesFixtures.TWO_TENANTS, ValuesFixtures.MONITORING_ON)
			.named("PrometheusRule", "ci-genesys-call-import");

		List<Object> groups = Tree.listAt(rule.object(), "spec.groups");
		List<Object> fileGroups = Tree.listAt(Monitoring.ruleFile(), "groups");
		assertThat(groups.subList(0, groups.size() - 1)).isEqualTo(fileGroups);
		Object expected = groups.get(groups.size() - 1);
		assertThat(Tree.stringAt(expected, "name")).isEqualTo("genesys-call-import.expected-tenants");
		assertThat(Tree.listAt(expected, "rules")).hasSize(2).allSatisfy((recording) -> {
			assertThat(Tree.stringAt(recording, "record")).isEqualTo("callimport:tenant:expected");
			assertThat(Tree.stringAt(recording, "expr")).isEqualTo("vector(1)");
		})
			.extracting((recording) -> Tree.mapAt(recording, "labels"))
			.containsExactly(Map.of("namespace", "callimport", "tenant", "acme"),
					Map.of("namespace", "callimport", "tenant", "globex"));
	}

	@Test
	void shipsTheDashboardOfTheMonitoringFolderToTheGrafanaSidecar() {
		Manifest dashboard = Chart.render(ValuesFixtures.MONITORING_ON)
			.named("ConfigMap", "ci-genesys-call-import-dashboard");

		assertThat(dashboard.labels()).containsEntry("grafana_dashboard", "1");
		assertThat(Tree.mapAt(dashboard.object(), "data").get("genesys-call-import.json").toString().strip())
			.isEqualTo(Chart.read(Monitoring.DASHBOARD).strip());
		assertThat(Chart.read(Chart.DIR.resolve("files/grafana-dashboard.json"))).as("the chart's copy")
			.isEqualTo(Chart.read(Monitoring.DASHBOARD));
	}

}
