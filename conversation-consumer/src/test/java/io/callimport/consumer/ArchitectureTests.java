package io.callimport.consumer;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.callimport.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the consumer that the build enforces (rules in test-support's
 * ArchitectureRules).
 */
class ArchitectureTests {

	private static final String BASE = "io.callimport.consumer";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

	@Test
	void usesNoOtherServiceNorTestCode() {
		ArchitectureRules.usesOnly(BASE, "io.callimport.genesys..", "io.callimport.model..").check(CLASSES);
	}

	/** The consumer reads Genesys only through genesys-client's gateways. */
	@Test
	void genesysSdkStaysInGenesysClient() {
		ArchitectureRules.noGenesysSdk(BASE).check(CLASSES);
	}

	@Test
	void featurePackagesFormNoCycle() {
		ArchitectureRules.featurePackagesFreeOfCycles(BASE).check(CLASSES);
	}

}
