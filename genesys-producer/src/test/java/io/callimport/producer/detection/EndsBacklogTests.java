package io.callimport.producer.detection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.detection.EndsBacklog.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class EndsBacklogTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));

	private final EndsBacklog backlog = new EndsBacklog(100, this.clock);

	@Test
	void aMessageThatKeepsFailingDoesNotHoldBackTheOnesBehindIt() {
		ConversationEnded bad = message();
		ConversationEnded first = message();
		ConversationEnded second = message();
		this.backlog.add(bad);
		this.backlog.add(first);
		this.backlog.add(second);
		List<ConversationEnded> stored = new ArrayList<>();

		int tried = this.backlog.retry((message) -> {
			if (message == bad) {
				return Outcome.FAILED;
			}
			stored.add(message);
			return Outcome.STORED;
		});

		assertThat(tried).isEqualTo(3);
		assertThat(stored).containsExactly(first, second);
		assertThat(this.backlog.size()).isEqualTo(1);
	}

	@Test
	void aFailedMessageWaitsForItsOwnGrowingBackoff() {
		ConversationEnded bad = message();
		this.backlog.add(bad);
		this.backlog.retry((message) -> Outcome.FAILED);

		assertThat(this.backlog.retry((message) -> Outcome.FAILED)).as("not due yet").isZero();
		this.clock.advance(EndsBacklog.FIRST_RETRY);
		assertThat(this.backlog.retry((message) -> Outcome.FAILED)).isEqualTo(1);
		this.clock.advance(EndsBacklog.FIRST_RETRY);
		assertThat(this.backlog.retry((message) -> Outcome.FAILED)).as("its second backoff is twice as long").isZero();
		assertThat(EndsBacklog.backoff(30)).isEqualTo(EndsBacklog.MAX_RETRY);
	}

	@Test
	void aParkedMessageLeavesTheBacklogAndNoLongerHoldsTheOldestUnsavedMoment() {
		ConversationEnded poison = message();
		this.clock.advance(Duration.ofMinutes(1));
		ConversationEnded later = message();
		this.backlog.add(poison);
		this.backlog.add(later);
		assertThat(this.backlog.oldestDetected()).contains(poison.detectedAt());

		this.backlog.retry((message) -> (message == poison) ? Outcome.PARKED : Outcome.DATABASE_UNAVAILABLE);

		assertThat(this.backlog.oldestDetected()).contains(later.detectedAt());
	}

	@Test
	void anUnavailableDatabaseEndsThePassWithEveryMessageKept() {
		this.backlog.add(message());
		this.backlog.add(message());

		assertThat(this.backlog.retry((message) -> Outcome.DATABASE_UNAVAILABLE)).isEqualTo(1);
		assertThat(this.backlog.size()).isEqualTo(2);
		assertThat(this.backlog.retry((message) -> Outcome.STORED)).as("still due: an outage is no one's fault")
			.isEqualTo(2);
	}

	@Test
	void aFullBacklogDropsItsOldestMessage() {
		EndsBacklog small = new EndsBacklog(2, this.clock);
		ConversationEnded oldest = message();
		small.add(oldest);
		small.add(message());

		assertThat(small.add(message())).contains(oldest);
		assertThat(small.size()).isEqualTo(2);
	}

	@Test
	void onlyOutagesCountAsAnUnavailableDatabase() {
		assertThat(DetectedEnds.unavailable(new CannotGetJdbcConnectionException("down"))).isTrue();
		assertThat(DetectedEnds.unavailable(new QueryTimeoutException("slow"))).isTrue();
		assertThat(DetectedEnds.unavailable(new DataIntegrityViolationException("0x00"))).isFalse();
	}

	private ConversationEnded message() {
		return ConversationEnded.of("acme", UUID.randomUUID().toString(), "agent", null, this.clock.instant(),
				CallSource.WEBSOCKET);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
