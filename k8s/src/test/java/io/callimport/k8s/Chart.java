package io.callimport.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart under test, rendered by the Helm engine that helm-java bundles (the same Go
 * code as the {@code helm} CLI, schema validation included).
 */
final class Chart {

	static final Path MODULE_DIR = Path.of(System.getProperty("k8s.module.dir", "."));

	static final Path DIR = MODULE_DIR.resolve("chart/genesys-call-import");

	static final String RELEASE = "ci";

	static final String NAMESPACE = "callimport";

	/**
	 * Helm's offline default (v1.20) is below the chart's kubeVersion; render for a
	 * current cluster.
	 */
	private static final String KUBE_VERSION = "1.30.0";

	private Chart() {
	}

	/** Renders the chart with these values documents (YAML text), later ones winning. */
	static Manifests render(String... valuesDocuments) {
		return renderFor(KUBE_VERSION, valuesDocuments);
	}

	/** Renders the chart for a cluster of this Kubernetes version. */
	static Manifests renderFor(String kubeVersion, String... valuesDocuments) {
		TemplateCommand command = new Helm(DIR).template()
			.withName(RELEASE)
			.withNamespace(NAMESPACE)
			.withKubeVersion(kubeVersion);
		for (String values : valuesDocuments) {
			command = command.withValuesFile(write(values));
		}
		return Manifests.parse(command.call());
	}

	/** The NOTES an install prints, from a client-only dry run (no cluster needed). */
	static String installNotes(String valuesDocument) {
		String output = new Helm(DIR).install()
			.withName(RELEASE)
			.withNamespace(NAMESPACE)
			.withKubeVersion(KUBE_VERSION)
			.clientOnly()
			.dryRun()
			.withValuesFile(write(valuesDocument))
			.call()
			.getOutput();
		int notes = output.indexOf("NOTES:");
		return (notes >= 0) ? output.substring(notes) : "";
	}

	/** What {@code helm show readme} prints for the chart. */
	static String showReadme() {
		return new Helm(DIR).show().readme().call();
	}

	static LintResult lint() {
		return new Helm(DIR).lint().strict().call();
	}

	static List<Map<String, Object>> parseAll(String yamlText) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new LoaderOptions()).loadAll(yamlText)) {
			if (document != null) {
				documents.add(Tree.map(document));
			}
		}
		return documents;
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path write(String values) {
		try {
			Path file = Files.createTempFile("values-", ".yaml");
			file.toFile().deleteOnExit();
			return Files.writeString(file, values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
