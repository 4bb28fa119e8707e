package io.callimport.k8s;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes objects one {@code helm template} produced, each with the template file
 * it came from.
 */
record Manifests(List<Manifest> all) {

	private static final Pattern SOURCE = Pattern.compile("^# Source: [^/]+/templates/(\\S+)$", Pattern.MULTILINE);

	static Manifests parse(String rendered) {
		List<Manifest> manifests = new java.util.ArrayList<>();
		for (String document : rendered.split("(?m)^---\\s*$")) {
			Matcher source = SOURCE.matcher(document);
			String file = source.find() ? source.group(1) : "";
			Chart.parseAll(document).forEach((object) -> manifests.add(new Manifest(file, object)));
		}
		return new Manifests(List.copyOf(manifests));
	}

	List<Manifest> ofKind(String kind) {
		return this.all.stream().filter((manifest) -> manifest.kind().equals(kind)).toList();
	}

	Manifest named(String kind, String name) {
		List<Manifest> matches = ofKind(kind).stream().filter((manifest) -> manifest.name().equals(name)).toList();
		assertThat(matches).as("%s %s", kind, name).hasSize(1);
		return matches.get(0);
	}

	/** One rendered object. */
	record Manifest(String sourceFile, Map<String, Object> object) {

		String kind() {
			return Tree.stringAt(this.object, "kind");
		}

		String name() {
			return Tree.stringAt(this.object, "metadata.name");
		}

		Map<String, Object> labels() {
			return Tree.mapAt(this.object, "metadata.labels");
		}

		Map<String, Object> podSpec() {
			return Tree.mapAt(this.object, "spec.template.spec");
		}

		List<Map<String, Object>> containers() {
			return Tree.listAt(podSpec(), "containers").stream().map(Tree::map).toList();
		}

		/**
		 * The container's environment: name to literal value, or to its valueFrom
		 * mapping.
		 */
		static Map<String, Object> env(Map<String, Object> container) {
			Map<String, Object> env = new java.util.LinkedHashMap<>();
			for (Object entry : Tree.listAt(container, "env")) {
				Object value = Tree.at(entry, "value");
				env.put(Tree.stringAt(entry, "name"), (value != null) ? value : Tree.mapAt(entry, "valueFrom"));
			}
			return env;
		}

	}

}
