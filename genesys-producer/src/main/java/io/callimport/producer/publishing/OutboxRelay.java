package io.callimport.producer.publishing;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Publishes the tenant's outbox on a thread of its own: a {@link RelayPass} right after a
 * message is enqueued, every {@code relay-interval} anyway, and with growing pauses while
 * passes fail (database unavailable). Runs on every replica: the row locks keep two
 * relays apart.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final long MAX_FAILURE_WAIT_MILLIS = 30_000;

	private final RelayPass pass;

	private final PublishingProperties properties;

	private final Semaphore wakeUps = new Semaphore(0);

	private volatile boolean running;

	private @Nullable Thread thread;

	OutboxRelay(RelayPass pass, PublishingProperties properties) {
		this.pass = pass;
		this.properties = properties;
	}

	/** Asks for a pass now (a message was enqueued). */
	void wakeUp() {
		this.wakeUps.release();
	}

	private void loop() {
		BackOffExecution failures = null;
		while (this.running) {
			long wait = this.properties.relayInterval().toMillis();
			try {
				wait = this.pass.run() ? 0 : wait;
				failures = null;
			}
			catch (RuntimeException ex) {
				failures = (failures != null) ? failures : failureBackOff().start();
				wait = failures.nextBackOff();
				log.warn("Outbox relay pass failed (database unavailable?); trying again in {} ms: {}", wait,
						ex.toString());
			}
			if (wait > 0) {
				awaitWakeUp(wait);
			}
		}
	}

	private ExponentialBackOff failureBackOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.properties.relayInterval().toMillis(), 2.0);
		backOff.setMaxInterval(Math.max(MAX_FAILURE_WAIT_MILLIS, this.properties.relayInterval().toMillis()));
		return backOff;
	}

	private void awaitWakeUp(long millis) {
		try {
			this.wakeUps.tryAcquire(millis, TimeUnit.MILLISECONDS);
			this.wakeUps.drainPermits();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread relay = new Thread(this::loop, "outbox-relay");
		relay.setDaemon(true);
		this.thread = relay;
		relay.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread relay = this.thread;
		if (relay != null) {
			this.wakeUps.release();
			try {
				relay.join(this.properties.confirmTimeout().toMillis() + 2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before and stops after the producers of messages (detection, supervisor).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 200;
	}

}
