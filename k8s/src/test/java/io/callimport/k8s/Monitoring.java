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
