package io.callimport.k8s;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringFilesTests {

	@Test
	void dashboardPanelsQueryOnlyMetricsOfTheContract() {
		List<Map<String, Object>> panels = Monitoring.queryPanels(Monitoring.dashboard());

		assertThat(panels).hasSizeGreaterThanOrEqualTo(10);
		for (Map<String, Object> panel : panels) {
			List<Object> targets = Tree.listAt(panel, "targets");
			assertThat(targets).as(Tree.stringAt(panel, "title")).isNotEmpty();
			for (Object target : targets) {
				Set<String> metrics = PromQl.metricNames(Tree.stringAt(target, "expr"));
				assertThat(metrics).as(Tree.stringAt(panel, "title")).isNotEmpty().allMatch(MetricsContract::knows);
			}
		}
	}

	@Test
	void dashboardShowsEveryOperationalSignalTheRunbookNeeds() {
		Set<String> queried = new HashSet<>();
		Monitoring.queryPanels(Monitoring.dashboard())
			.forEach((panel) -> Tree.listAt(panel, "targets")
				.forEach((target) -> queried.addAll(PromQl.metricNames(Tree.stringAt(target, "expr")))));

		assertThat(queried).contains("callimport_websocket_connected", "callimport_calls_published_total",
				"callimport_imports_total", "callimport_import_latency_seconds_bucket",
				"genesys_requests_seconds_count", "genesys_rate_limited_total", "callimport_failures_open",
				"callimport_reconciliation_runs_total", "callimport_reconciliation_missing_total",
				"callimport_outbox_pending", "jvm_memory_used_bytes");
	}

	@Test
	void dashboardHasUniquePanelIdsAndATenantVariable() {
		Map<String, Object> dashboard = Monitoring.dashboard();

		List<Object> ids = Tree.listAt(dashboard, "panels").stream().map((panel) -> Tree.at(panel, "id")).toList();
		assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(Tree.listAt(dashboard, "templating.list")).extracting((variable) -> Tree.stringAt(variable, "name"))
			.contains("datasource", "tenant");
		assertThat(Tree.stringAt(dashboard, "uid")).isNotBlank();
	}

	@Test
	void everyAlertRuleHasExpressionDurationSeverityAndAnnotations() {
		List<Map<String, Object>> rules = Monitoring.rules(Monitoring.ruleFile());

		assertThat(rules).isNotEmpty();
		for (Map<String, Object> rule : rules) {
			String name = Tree.stringAt(rule, "alert");
			assertThat(name).isNotBlank();
			assertThat(Tree.stringAt(rule, "expr")).as(name).isNotBlank();
			assertThat(Tree.stringAt(rule, "for")).as(name).matches("\\d+[smh]");
			assertThat(Tree.stringAt(rule, "labels.severity")).as(name).isIn("critical", "warning", "info");
			assertThat(Tree.mapAt(rule, "annotations")).as(name).containsKeys("summary", "description");
			assertThat(PromQl.metricNames(Tree.stringAt(rule, "expr"))).as(name)
				.isNotEmpty()
				.allMatch(MetricsContract::knows);
		}
		assertThat(rules).extracting((rule) -> Tree.stringAt(rule, "alert")).doesNotHaveDuplicates();
	}

	@Test
	void alertsCoverEveryFailureTheOperatorsMustHearAbout() {
		Map<String, String> expressions = new java.util.HashMap<>();
		Monitoring.rules(Monitoring.ruleFile())
			.forEach((rule) -> expressions.put(Tree.stringAt(rule, "alert"), Tree.stringAt(rule, "expr")));

		assertThat(alertOn(expressions, "callimport_websocket_connected")).isNotEmpty();
		assertThat(alertOn(expressions, "callimport_imports_total"))
			.anyMatch((name) -> expressions.get(name).contains("dead_lettered"));
		assertThat(alertOn(expressions, "callimport_failures_open")).isNotEmpty();
		assertThat(alertOn(expressions, "callimport_reconciliation_missing_total")).isNotEmpty();
		assertThat(alertOn(expressions, "genesys_rate_limited_total")).isNotEmpty();
		assertThat(alertOn(expressions, "callimport_outbox_pending")).isNotEmpty();
	}

	@Test
	void websocketAlertWaitsTwoMinutes() {
		Map<String, Object> websocketDown = Monitoring.rules(Monitoring.ruleFile())
			.stream()
			.filter((rule) -> PromQl.metricNames(Tree.stringAt(rule, "expr"))
				.contains("callimport_websocket_connected"))
			.findFirst()
			.orElseThrow();

		assertThat(Tree.stringAt(websocketDown, "for")).isEqualTo("2m");
		assertThat(Tree.stringAt(websocketDown, "expr")).contains("by (tenant)");
	}

	private static List<String> alertOn(Map<String, String> expressions, String metric) {
		return expressions.entrySet()
			.stream()
			.filter((entry) -> PromQl.metricNames(entry.getValue()).contains(metric))
			.map(Map.Entry::getKey)
			.toList();
	}

}
