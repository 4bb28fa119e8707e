package io.callimport.consumer.intake;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ShutdownProperties;
import io.callimport.consumer.scheduling.ImportScheduler;

/**
 * Lets the imports under way finish when the consumer is asked to stop (SIGTERM on a
 * rollout or scale-down), so that a recording of several GB is not streamed again from
 * the start. It stops first of all: no batch starts any more; deliveries that have not
 * started (waiting here, or arriving meanwhile) are held unacknowledged; the calls under
 * way finish and are acknowledged, up to {@code consumer.shutdown.drain-timeout}. Only
 * then do the listener containers stop: closing their channels returns every delivery
 * still unacknowledged to the broker, which gives it to another consumer. The delivering
 * channel has to stay open until then, since an acknowledgement counts only on it.
 * Blocking in {@link #stop()} (rather than answering a callback) keeps Spring's per-phase
 * shutdown timeout out of the way.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ImportScheduler scheduler;

	private final Duration timeout;

	private volatile boolean running;

	ShutdownDrain(ImportScheduler scheduler, ShutdownProperties properties) {
		this.scheduler = scheduler;
		this.timeout = properties.drainTimeout();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		int inFlight = this.scheduler.inFlight();
		log.info("Stopping: no new imports; waiting up to {} for the {} under way", this.timeout, inFlight);
		long started = System.nanoTime();
		boolean drained = this.scheduler.drain(this.timeout);
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (drained) {
			log.info("Every import under way finished in {} ms; {} delivery(ies) not started go back to the broker",
					millis, this.scheduler.waiting());
		}
		else {
			log.warn("{} import(s) still under way after {}; they go back to the broker unacknowledged, with the {}"
					+ " not started", this.scheduler.inFlight(), this.timeout, this.scheduler.waiting());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops before the listener containers (whose phase is lower, see
	 * {@code MessagingConfiguration}) and starts after them.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
