package io.callimport.model;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.callimport.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of common-model that the build enforces (rules in test-support's
 * ArchitectureRules).
 */
class ArchitectureTests {

	private static final String BASE = "io.callimport.model";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

	@Test
	void usesNoOtherServiceNorTestCode() {
		ArchitectureRules.usesOnly(BASE).check(CLASSES);
	}

	@Test
	void featurePackagesFormNoCycle() {
		ArchitectureRules.featurePackagesFreeOfCycles(BASE).check(CLASSES);
	}

}
