package io.callimport.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The dashboard and the alert rules in k8s/monitoring, parsed. */
final class Monitoring {

	static final Path DIR = Chart.MODULE_DIR.resolve("monitoring");

	static final Path DASHBOARD = DIR.resolve("grafana-dashboard.json");

	static final Path RULES = DIR.resolve("prometheus-rules.yaml");

	private Monitoring() {
	}

	static final Path RULE_TESTS = DIR.resolve("prometheus-rules.test.yaml");

	static Map<String, Object> ruleTests() {
		return Chart.parseAll(Chart.read(RULE_TESTS)).get(0);
	}

	/**
	 * One input series of a promtool test, {@code name{label="value", …}}, its labels in
	 * their written order.
	 */
	record Series(String text, String name, Map<String, String> labels) {

		private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern
			.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,?");

		static Series parse(String text) {
			int brace = text.indexOf('{');
			if (brace < 0 || !text.endsWith("}")) {
				throw new IllegalArgumentException("not name{labels}: " + text);
			}
			Map<String, String> labels = new java.util.LinkedHashMap<>();
			java.util.regex.Matcher label = LABEL.matcher(text.substring(brace + 1, text.length() - 1));
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
			return new Series(text, text.substring(0, brace), labels);
		}

		List<String> labelNames() {
			return List.copyOf(this.labels.keySet());
		}

	}

	static Map<String, Object> dashboard() {
		return Tree.map(JsonMapper.builder().build().readValue(Chart.read(DASHBOARD), Map.class));
	}

	/** Panels with queries, rows left out and the panels of collapsed rows included. */
	static List<Map<String, Object>> queryPanels(Map<String, Object> dashboard) {
		List<Map<String, Object>> panels = new ArrayList<>();
		for (Object panel : Tree.listAt(dashboard, "panels")) {
			if ("row".equals(Tree.stringAt(panel, "type"))) {
				Tree.listAt(panel, "panels").forEach((nested) -> panels.add(Tree.map(nested)));
			}
			else {
				panels.add(Tree.map(panel));
			}
		}
		return panels;
	}

	static Map<String, Object> ruleFile() {
		List<Map<String, Object>> documents = Chart.parseAll(Chart.read(RULES));
		if (documents.size() != 1) {
			throw new IllegalStateException("expected one YAML document in " + RULES + ", got " + documents.size());
		}
		return documents.get(0);
	}

	static List<Map<String, Object>> rules(Map<String, Object> ruleFile) {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Object group : Tree.listAt(ruleFile, "groups")) {
			Tree.listAt(group, "rules").forEach((rule) -> rules.add(Tree.map(rule)));
		}
		return rules;
	}

}
