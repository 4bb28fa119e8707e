package io.callimport.producer.leadership;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadershipPropertiesTests {

	@Test
	void aLeaseMustOutlastARenewalIntervalAndTheSafetyMargin() {
		assertThat(new LeadershipProperties(Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(2))
			.isRenewedInTime()).isTrue();
		assertThat(new LeadershipProperties(Duration.ofSeconds(6), Duration.ofSeconds(5), Duration.ofSeconds(2))
			.isRenewedInTime()).isFalse();
	}

}
