package io.callimport.simulator.control;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScenarioTests {

	@Test
	void fillsGenesysDefaultsForEverythingLeftOut() {
		OrganizationScenario scenario = OrganizationScenario.of("client", "secret", "Agents", 3);

		assertThat(scenario.tokenLifetime()).isEqualTo(Duration.ofHours(24));
		assertThat(scenario.channelLifetime()).isEqualTo(Duration.ofHours(24));
		assertThat(scenario.heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(scenario.topicsPerChannel()).isEqualTo(1000);
		assertThat(scenario.channelsPerClient()).isEqualTo(20);
		assertThat(scenario.requestsPerMinute()).isEqualTo(300);
		assertThat(scenario.rateLimitScope()).isEqualTo(RateLimitScope.TOKEN);
		assertThat(scenario.batchProcessingTime()).isEqualTo(Duration.ofMillis(200));
		assertThat(scenario.traffic().callsPerMinute()).isEqualTo(6.0);
	}

	@Test
	void neverShowsAClientSecretInItsText() {
		OrganizationScenario scenario = OrganizationScenario.of("client", "s3cr3t-value", "Agents", 3);

		assertThat(scenario.toString()).contains("client").doesNotContain("s3cr3t-value");
	}

	@Test
	void refusesImpossibleValuesNamingTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrafficScenario.defaults().withCallDuration(Duration.ofSeconds(5), Duration.ofSeconds(1)))
			.withMessageContaining("callDuration.max");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallRequest.answeredBy("user").withRecording(2, "AVAILABLE", 1, null))
			.withMessageContaining("recordings");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallRequest.answeredBy("user").withRecording(1, "LOST", 1, null))
			.withMessageContaining("fileState");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().withErrorStatuses(List.of(404)))
			.withMessageContaining("errorStatuses");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OrganizationScenario.of("c", "s", "G", 1).withLimits(0, 20, 300))
			.withMessageContaining("topicsPerChannel");
	}

}
