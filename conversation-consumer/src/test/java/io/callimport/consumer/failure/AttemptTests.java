package io.callimport.consumer.failure;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.MessageProperties;

import io.callimport.model.messaging.MessagingTopology;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptTests {

	private final Instant now = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void firstDeliveryIsTheFirstAttemptStartingNow() {
		Attempt attempt = Attempt.of(new MessageProperties(), this.now);

		assertThat(attempt.number()).isEqualTo(1);
		assertThat(attempt.firstAttemptAt()).isEqualTo(this.now);
		assertThat(attempt.elapsed(this.now)).isZero();
	}

	@Test
	void retriedDeliveryCountsOnFromItsHeaders() {
		MessageProperties properties = new MessageProperties();
		properties.setHeader(MessagingTopology.ATTEMPT_HEADER, 3L);
		properties.setHeader(Attempt.FIRST_ATTEMPT_AT_HEADER, "2026-11-24T11:59:00Z");

		Attempt attempt = Attempt.of(properties, this.now);

		assertThat(attempt.number()).isEqualTo(4);
		assertThat(attempt.elapsed(this.now)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void garbledHeadersCountAsAFirstAttempt() {
		MessageProperties properties = new MessageProperties();
		properties.setHeader(MessagingTopology.ATTEMPT_HEADER, "many");
		properties.setHeader(Attempt.FIRST_ATTEMPT_AT_HEADER, "yesterday");

		assertThat(Attempt.of(properties, this.now)).isEqualTo(new Attempt(1, this.now));
	}

	@Test
	void firstAttemptInTheFutureIsNotTrusted() {
		MessageProperties properties = new MessageProperties();
		properties.setHeader(MessagingTopology.ATTEMPT_HEADER, -5);
		properties.setHeader(Attempt.FIRST_ATTEMPT_AT_HEADER, "2027-01-01T00:00:00Z");

		assertThat(Attempt.of(properties, this.now)).isEqualTo(new Attempt(1, this.now));
	}

}
