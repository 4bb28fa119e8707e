package io.callimport.producer.publishing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishingPropertiesTests {

	@Test
	void retryDelaysGrowByTheMultiplierUpToTheMaximum() {
		PublishingProperties properties = new PublishingProperties(Duration.ofSeconds(10), Duration.ofSeconds(1), 100,
				Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), Duration.ofSeconds(2));

		assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.retryDelay(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.retryDelay(1000)).isEqualTo(Duration.ofSeconds(60));
	}

}
