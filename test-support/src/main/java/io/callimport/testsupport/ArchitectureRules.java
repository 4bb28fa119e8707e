package io.callimport.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every module checks on its own main classes, so that the build
 * fails when a boundary is crossed: services never import each other, the simulator, the
 * test support or the benchmark; the Genesys SDK stays inside {@code genesys-client};
 * feature packages form no cycle.
 */
public final class ArchitectureRules {

	/** Top-level packages of the deployable services and of what only tests may use. */
	private static final List<String> PRODUCT_PACKAGES = List.of("io.callimport.producer..", "io.callimport.consumer..",
			"io.callimport.installation..", "io.callimport.simulator..", "io.callimport.genesys..",
			"io.callimport.model..");

	private static final List<String> TEST_ONLY_PACKAGES = List.of("io.callimport.testsupport..",
			"io.callimport.simulator..", "io.callimport.bench..");

	static {
		// The rules only need the names of the classes the module's code uses, not their
		// contents: resolving them from the class path takes seconds per module.
		System.setProperty("archunit.resolveMissingDependenciesFromClassPath", "false");
	}

	private ArchitectureRules() {
	}

	/** The module's main classes under {@code basePackage}, without tests and jars. */
	public static JavaClasses mainClasses(String basePackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
			.importPackages(basePackage);
	}

	/**
	 * Main code of {@code basePackage} uses no other service, and none of the simulator,
	 * test support or benchmark; {@code allowed} names the product packages it builds on
	 * (for example {@code io.callimport.genesys..}).
	 */
	public static ArchRule usesOnly(String basePackage, String... allowed) {
		List<String> forbidden = new ArrayList<>(PRODUCT_PACKAGES);
		forbidden.addAll(TEST_ONLY_PACKAGES);
		forbidden.removeIf((name) -> name.equals(basePackage + ".."));
		forbidden.removeAll(List.of(allowed));
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden.toArray(String[]::new))
			.because("services meet only through messages, the database and genesys-client");
	}

	/**
	 * No type of the Genesys SDK outside {@code genesys-client} (and the simulator): the
	 * services speak to Genesys through genesys-client's gateways.
	 */
	public static ArchRule noGenesysSdk(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.mypurecloud..")
			.because("genesys-client's gateways speak the product's own types; the SDK is its detail");
	}

	/** The feature packages directly under {@code basePackage} form no cycle. */
	public static ArchRule featurePackagesFreeOfCycles(String basePackage) {
		return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
	}

}
