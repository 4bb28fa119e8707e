package io.callimport.producer.operations;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callimport.producer.ProducerApplication;
import io.callimport.producer.ProducerServices;
import io.callimport.testsupport.JavaProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A producer started with every environment variable of DESIGN.md but {@code TENANT_ID}
 * stops, and says which variable to set (the full set starting a producer is shown by the
 * failover tests, whose holder is such a process).
 */
class StartupFromEnvironmentTests {

	@Test
	void withoutTenantIdTheProducerStopsNamingTheVariable() throws Exception {
		Map<String, String> environment = new java.util.LinkedHashMap<>(
				ProducerServices.create("startup").environment());
		assertThat(environment.remove("TENANT_ID")).isEqualTo("startup");
		try (JavaProcess producer = JavaProcess.builder(ProducerApplication.class.getName())
			.jvmArg("-Xmx256m")
			.quickStart()
			.env(environment)
			.start()) {
			assertThat(producer.waitFor(Duration.ofSeconds(90))).as("the producer stopped").isTrue();
			assertThat(producer.exitValue()).isNotZero();
			assertThat(producer.output()).contains("TENANT_ID").contains("APPLICATION FAILED TO START");
		}
	}

}
