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
		assertThat(alertOn(expressions, "rabbitmq_queue_messages_ready")).hasSize(2);
		assertThat(expressions.get("CallImportProducerAbsent")).contains("callimport:tenant:expected")
			.contains("unless on (namespace, tenant)")
			.contains("callimport_websocket_connected{application=\"genesys-producer\"}");
		assertThat(expressions.get("CallImportConsumerAbsent"))
			.contains("absent(process_uptime_seconds{application=\"conversation-consumer\"})");
	}

	@Test
	void websocketAlertNeedsSettingsForTheTenant() {
		String websocketDown = Monitoring.rules(Monitoring.ruleFile())
			.stream()
			.filter((rule) -> "CallImportWebsocketDown".equals(Tree.stringAt(rule, "alert")))
			.map((rule) -> Tree.stringAt(rule, "expr"))
			.findFirst()
			.orElseThrow();

		assertThat(PromQl.metricNames(websocketDown)).contains("callimport_settings_configured");
	}

	@Test
	void testsEveryAlertWithPromtool() {
		Map<String, Object> tests = Monitoring.ruleTests();
		Set<String> tested = new java.util.TreeSet<>();
		for (Object test : Tree.listAt(tests, "tests")) {
			for (Object alertTest : Tree.listAt(test, "alert_rule_test")) {
				tested.add(Tree.stringAt(alertTest, "alertname"));
			}
		}

		assertThat(tested).containsExactlyInAnyOrderElementsOf(
				Monitoring.rules(Monitoring.ruleFile()).stream().map((rule) -> Tree.stringAt(rule, "alert")).toList());
	}

	@Test
	void feedsThePromtoolTestsSeriesShapedLikeTheRealScrape() {
		for (Object test : Tree.listAt(Monitoring.ruleTests(), "tests")) {
			for (Object input : Tree.listAt(test, "input_series")) {
				Monitoring.Series series = Monitoring.Series.parse(Tree.stringAt(input, "series"));
				if (series.name().contains(":")) {
					continue; // a recording rule's series, labelled by the rule
				}
				assertThat(series.labelNames()).as(series.text()).contains("instance", "job", "namespace", "pod");
				List<String> scraped = List.of("instance", "job", "namespace", "pod");
				if (series.name().startsWith("rabbitmq_")) {
					continue; // the broker's own metrics (rabbitmq_prometheus), no
								// Micrometer tags
				}
				// Micrometer's tags in its alphabetical order (application among them),
				// then Prometheus'
				// target labels, then le of a histogram bucket
				List<String> tags = series.labelNames()
					.stream()
					.filter((name) -> !scraped.contains(name) && !name.equals("le"))
					.toList();
				assertThat(tags).as(series.text()).contains("application").isSorted();
				assertThat(series.labelNames().subList(0, tags.size())).as(series.text()).isEqualTo(tags);
				if (series.name().endsWith("_bucket")) {
					assertThat(series.labelNames()).as(series.text()).last().isEqualTo("le");
					assertThat(series.labels().get("le")).as(series.text()).matches("\\d+\\.\\d+|\\+Inf");
				}
			}
		}
	}

	@Test
	void dashboardFiltersEveryServiceQueryByApplicationNamespaceAndJob() {
		Map<String, Object> dashboard = Monitoring.dashboard();

		assertThat(Tree.listAt(dashboard, "templating.list")).extracting((variable) -> Tree.stringAt(variable, "name"))
			.contains("namespace", "application", "job");
		for (Map<String, Object> panel : Monitoring.queryPanels(dashboard)) {
			for (Object target : Tree.listAt(panel, "targets")) {
				String expr = Tree.stringAt(target, "expr");
				java.util.regex.Matcher selector = java.util.regex.Pattern.compile("\\b[a-z_:]+\\{([^}]*)}")
					.matcher(expr);
				int selectors = 0;
				while (selector.find()) {
					selectors++;
					assertThat(selector.group(1)).as(expr)
						.contains("application=~\"$application\"", "namespace=~\"$namespace\"", "job=~\"$job\"");
				}
				assertThat(selectors).as("a selector for every metric of " + expr)
					.isGreaterThanOrEqualTo(PromQl.metricNames(expr).size())
					.isPositive();
			}
		}
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
