package io.callimport.producer.detection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.callimport.model.message.ConversationEnded;

/**
 * Ended calls waiting for the database, oldest first, each with its own attempts and
 * backoff. A retry tries every due message once: one that fails for its own reasons waits
 * (or is parked) while the ones behind it go on; only an unavailable database ends the
 * pass, since every message would fail alike. Full, it drops its oldest message to gap
 * healing.
 */
final class EndsBacklog {

	/** What became of one attempt to store a message. */
	enum Outcome {

		/** In the outbox (or a duplicate of a message there). */
		STORED,

		/** Given up on for good and parked where an operator sees it. */
		PARKED,

		/** This message failed; try it again after its backoff. */
		FAILED,

		/** The database is not available: stop, every message would fail. */
		DATABASE_UNAVAILABLE

	}

	static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	static final Duration MAX_RETRY = Duration.ofMinutes(5);

	private final int capacity;

	private final Clock clock;

	private final Map<UUID, Waiting> waiting = new LinkedHashMap<>();

	EndsBacklog(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	/** Adds the message, due at once; the oldest one dropped if full. */
	synchronized Optional<ConversationEnded> add(ConversationEnded message) {
		ConversationEnded dropped = null;
		if (this.waiting.size() >= this.capacity) {
			UUID oldest = this.waiting.keySet().iterator().next();
			dropped = this.waiting.remove(oldest).message();
		}
		this.waiting.put(message.messageId(), new Waiting(message, 0, this.clock.instant()));
		return Optional.ofNullable(dropped);
	}

	/**
	 * Tries every due message once, in order, with {@code store} (which parks a message
	 * it gives up on).
	 * @return the messages tried
	 */
	int retry(Function<ConversationEnded, Outcome> store) {
		int tried = 0;
		for (Waiting next : due()) {
			Outcome outcome = store.apply(next.message());
			tried++;
			if (outcome == Outcome.DATABASE_UNAVAILABLE) {
				return tried;
			}
			synchronized (this) {
				if (outcome == Outcome.FAILED) {
					int attempts = next.attempts() + 1;
					this.waiting.replace(next.message().messageId(),
							new Waiting(next.message(), attempts, this.clock.instant().plus(backoff(attempts))));
				}
				else {
					this.waiting.remove(next.message().messageId());
				}
			}
		}
		return tried;
	}

	/** When the oldest message still waiting was detected. */
	synchronized Optional<Instant> oldestDetected() {
		return this.waiting.values().stream().findFirst().map((w) -> w.message().detectedAt());
	}

	synchronized int size() {
		return this.waiting.size();
	}

	private synchronized List<Waiting> due() {
		Instant now = this.clock.instant();
		return new ArrayList<>(this.waiting.values().stream().filter((w) -> !w.notBefore().isAfter(now)).toList());
	}

	static Duration backoff(int failedAttempts) {
		long factor = 1L << Math.min(failedAttempts - 1, 20);
		Duration delay = FIRST_RETRY.multipliedBy(factor);
		return (delay.compareTo(MAX_RETRY) < 0) ? delay : MAX_RETRY;
	}

	private record Waiting(ConversationEnded message, int attempts, Instant notBefore) {
	}

}
