package io.callimport.k8s;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Typed navigation through parsed YAML/JSON trees (maps, lists, scalars). */
final class Tree {

	private Tree() {
	}

	/**
	 * The value at a dotted path such as {@code spec.template.spec}, or null when any
	 * step is missing.
	 */
	static @Nullable Object at(Object root, String dottedPath) {
		Object node = root;
		for (String step : dottedPath.split("\\.")) {
			if (!(node instanceof Map<?, ?> map)) {
				return null;
			}
			node = map.get(step);
		}
		return node;
	}

	static Map<String, Object> mapAt(Object root, String dottedPath) {
		Object node = at(root, dottedPath);
		return (node != null) ? map(node) : Map.of();
	}

	static List<Object> listAt(Object root, String dottedPath) {
		Object node = at(root, dottedPath);
		return (node instanceof List<?> list) ? List.copyOf(list) : List.of();
	}

	static String stringAt(Object root, String dottedPath) {
		Object node = at(root, dottedPath);
		return (node != null) ? node.toString() : "";
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node) {
		if (!(node instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("not a mapping: " + node);
		}
		return (Map<String, Object>) node;
	}

}
