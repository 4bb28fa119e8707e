package io.callimport.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.marcnuri.helm.LintResult;
import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartConventionsTests {

	private static final Map<String, String> KIND_SUFFIX = Map.of("Deployment", "deployment", "Service", "service",
			"ConfigMap", "configmap", "PodDisruptionBudget", "pdb", "HorizontalPodAutoscaler", "hpa", "ServiceAccount",
			"serviceaccount", "ServiceMonitor", "servicemonitor", "PrometheusRule", "prometheusrule", "Ingress",
			"ingress", "NetworkPolicy", "networkpolicy");

	private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+)", Pattern.MULTILINE);

	private static final Pattern DEFINE = Pattern.compile("\\{\\{-?\\s*define \"([^\"]+)\"");

	@Test
	void passesHelmLintInStrictMode() {
		LintResult result = Chart.lint();

		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
		assertThat(result.getMessages())
			.noneMatch((message) -> message.contains("[ERROR]") || message.contains("[WARNING]"));
	}

	@Test
	void rendersOneKindPerTemplateFileNamedAfterItsComponentAndKind() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ValuesFixtures.MONITORING_ON,
				ValuesFixtures.INSTALLATION_API_EXPOSED, ValuesFixtures.ADMIN_API_EXPOSED,
				"networkPolicy: {enabled: true}");

		for (Manifest manifest : manifests.all()) {
			String suffix = KIND_SUFFIX.get(manifest.kind());
			assertThat(suffix).as("a suffix for kind %s", manifest.kind()).isNotNull();
			assertThat(manifest.sourceFile()).as(manifest.kind() + " " + manifest.name())
				.matches("([a-z]+-)*" + suffix + "\\.yaml");
		}
		assertThat(manifests.all())
			.allSatisfy((manifest) -> assertThat(manifest.labels()).containsKeys("app.kubernetes.io/name",
					"app.kubernetes.io/instance", "app.kubernetes.io/managed-by", "app.kubernetes.io/version",
					"helm.sh/chart"));
	}

	@Test
	void namespacesEveryHelperWithTheChartName() throws IOException {
		try (Stream<Path> files = Files.list(Chart.DIR.resolve("templates"))) {
			List<String> defines = files.map(Chart::read)
				.flatMap((text) -> DEFINE.matcher(text).results().map((match) -> match.group(1)))
				.toList();
			assertThat(defines).isNotEmpty().allMatch((name) -> name.startsWith("genesys-call-import."));
		}
	}

	@Test
	void documentsEveryValueWithAParamLineAndNoStaleOnes() {
		String valuesText = Chart.read(Chart.DIR.resolve("values.yaml"));
		Set<String> documented = new TreeSet<>();
		Matcher param = PARAM.matcher(valuesText);
		while (param.find()) {
			documented.add(param.group(1));
		}
		Set<String> leaves = new TreeSet<>();
		collectLeaves("", Chart.parseAll(valuesText).get(0), leaves);

		assertThat(leaves).allSatisfy((leaf) -> assertThat(documentedPrefix(leaf, documented)).as(leaf).isTrue());
		Set<String> paths = new TreeSet<>();
		collectPaths("", Chart.parseAll(valuesText).get(0), paths);
		assertThat(documented)
			.allSatisfy((name) -> assertThat(paths).as("@param %s names a value", name).contains(name));
	}

	@Test
	void listsEveryDocumentedValueInTheChartsOwnReadmeThatHelmShows() {
		String readme = Chart.showReadme();
		assertThat(readme.strip()).as("helm show readme").isEqualTo(Chart.read(Chart.DIR.resolve("README.md")).strip());
		Matcher param = PARAM.matcher(Chart.read(Chart.DIR.resolve("values.yaml")));
		while (param.find()) {
			assertThat(readme).as("README row for %s", param.group(1)).contains("| `" + param.group(1) + "`");
		}
	}

	@Test
	void closesEveryObjectOfTheValuesSchema() {
		Map<String, Object> schema = Tree.map(tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(Chart.read(Chart.DIR.resolve("values.schema.json")), Map.class));
		Map<String, Object> objects = new java.util.TreeMap<>();
		collectObjectSchemas("", schema, objects);

		assertThat(objects).hasSizeGreaterThan(100);
		// global is shared with parent charts, which put their own keys in it (as
		// Bitnami's do).
		assertThat(objects).allSatisfy((path, additional) -> assertThat(additional).as(path)
			.satisfiesAnyOf((value) -> assertThat(value).isEqualTo(false),
					(value) -> assertThat(value).isInstanceOf(Map.class),
					(value) -> assertThat(path).isEqualTo("/properties/global")));
		assertThat(objects).containsEntry("/properties/global", true);
	}

	/** Every schema of an object, by JSON pointer, with its additionalProperties. */
	private static void collectObjectSchemas(String path, Object node, Map<String, Object> objects) {
		if (node instanceof Map<?, ?> map) {
			if ("object".equals(map.get("type")) || map.containsKey("properties")) {
				objects.put(path,
						map.containsKey("additionalProperties") ? map.get("additionalProperties") : "(not declared)");
			}
			map.forEach((key, value) -> collectObjectSchemas(path + "/" + key, value, objects));
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collectObjectSchemas(path + "/" + i, list.get(i), objects);
			}
		}
	}

	private static boolean documentedPrefix(String leaf, Set<String> documented) {
		for (String path = leaf; !path.isEmpty(); path = path.contains(".") ? path.substring(0, path.lastIndexOf('.'))
				: "") {
			if (documented.contains(path)) {
				return true;
			}
		}
		return false;
	}

	private static void collectLeaves(String prefix, Object node, Set<String> leaves) {
		if (node instanceof Map<?, ?> map && !map.isEmpty()) {
			map.forEach((key, value) -> collectLeaves(prefix + key + ".", value, leaves));
		}
		else {
			leaves.add(prefix.substring(0, prefix.length() - 1));
		}
	}

	private static void collectPaths(String prefix, Object node, Set<String> paths) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				paths.add(prefix + key);
				collectPaths(prefix + key + ".", value, paths);
			});
		}
	}

}
