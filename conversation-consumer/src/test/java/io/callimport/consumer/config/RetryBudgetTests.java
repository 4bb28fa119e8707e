package io.callimport.consumer.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.callimport.model.messaging.MessagingTopology;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBudgetTests {

	private final ConsumerProperties.Retry retry = new ConsumerProperties.Retry(30, Duration.ofSeconds(1), 2.0,
			Duration.ofMinutes(10), Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofMinutes(2));

	@Test
	void delayGrowsPerAttemptUpToTheMaximum() {
		assertThat(this.retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.retry.delayAfter(6)).isEqualTo(Duration.ofSeconds(32));
		assertThat(this.retry.delayAfter(29)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void delaysMapToTheDelayQueuesOfTheTopology() {
		assertThat(MessagingTopology.delayTierFor(this.retry.delayAfter(1)).name()).isEqualTo("1s");
		assertThat(MessagingTopology.delayTierFor(this.retry.delayAfter(3)).name()).isEqualTo("5s");
		assertThat(MessagingTopology.delayTierFor(this.retry.delayAfter(5)).name()).isEqualTo("30s");
		assertThat(MessagingTopology.delayTierFor(this.retry.delayAfter(20)).name()).isEqualTo("10m");
	}

	@Test
	void defaultBudgetLastsHoursNotForever() {
		Duration total = Duration.ZERO;
		for (int attempt = 1; attempt < this.retry.maxAttempts(); attempt++) {
			total = total.plus(MessagingTopology.delayTierFor(this.retry.delayAfter(attempt)).delay());
		}
		System.out.println("Default retry budget: " + this.retry.maxAttempts() + " attempts over " + total);
		assertThat(total).isBetween(Duration.ofHours(2), Duration.ofHours(6));
	}

}
