package io.callimport.producer.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.util.backoff.BackOffExecution;

/**
 * When a slot may next try something that failed before (reopen, resubscribe, replace):
 * at once after a healthy spell, then with growing, jittered pauses.
 */
final class AttemptSchedule {

	private final NotificationProperties.Reconnect reconnect;

	private BackOffExecution backOff;

	private long nextAttemptNanos = System.nanoTime();

	private @Nullable Object healthyFor;

	AttemptSchedule(NotificationProperties.Reconnect reconnect) {
		this.reconnect = reconnect;
		this.backOff = reconnect.backOff().start();
	}

	boolean due() {
		return System.nanoTime() - this.nextAttemptNanos >= 0;
	}

	/** An attempt starts: the next one waits for the next pause. */
	void attempted() {
		this.nextAttemptNanos = System.nanoTime() + this.backOff.nextBackOff() * 1_000_000L;
	}

	/**
	 * {@code connection} is healthy: start over with short pauses (once per connection).
	 */
	void healthy(Object connection) {
		if (this.healthyFor != connection) {
			this.healthyFor = connection;
			this.backOff = this.reconnect.backOff().start();
			this.nextAttemptNanos = System.nanoTime();
		}
	}

}
