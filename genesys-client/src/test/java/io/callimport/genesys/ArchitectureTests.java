package io.callimport.genesys;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.callimport.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of genesys-client that the build enforces (rules in test-support's
 * ArchitectureRules).
 */
class ArchitectureTests {

	private static final String BASE = "io.callimport.genesys";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

	@Test
	void usesNoOtherServiceNorTestCode() {
		ArchitectureRules.usesOnly(BASE, "io.callimport.model..").check(CLASSES);
	}

	@Test
	void featurePackagesFormNoCycle() {
		ArchitectureRules.featurePackagesFreeOfCycles(BASE).check(CLASSES);
	}

}
