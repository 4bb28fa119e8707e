package io.callimport.producer;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.callimport.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the producer that the build enforces (rules in test-support's
 * ArchitectureRules).
 */
class ArchitectureTests {

	private static final String BASE = "io.callimport.producer";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

	@Test
	void usesNoOtherServiceNorTestCode() {
		ArchitectureRules.usesOnly(BASE, "io.callimport.genesys..", "io.callimport.model..").check(CLASSES);
	}

	@Test
	void genesysSdkStaysInGenesysClient() {
		ArchitectureRules.genesysSdkNeverUsed(BASE).check(CLASSES);
	}

	@Test
	void featurePackagesFormNoCycle() {
		ArchitectureRules.featurePackagesFreeOfCycles(BASE).check(CLASSES);
	}

}
