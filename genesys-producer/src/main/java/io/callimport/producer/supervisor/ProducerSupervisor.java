package io.callimport.producer.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.callimport.producer.detection.DetectedEnds;
import io.callimport.producer.leadership.LeadershipListener;
import io.callimport.producer.notification.NotificationSessions;
import io.callimport.producer.notification.SocketMetrics;
import io.callimport.producer.settings.SettingsSaved;
import io.callimport.producer.supervisor.WatchStatus.Role;

/**
 * Runs {@link TenantWatch} on a {@link SupervisorThread}, every watchdog period and
 * whenever a socket changes state, while this replica holds the tenant's lease. Losing
 * the lease closes the sockets at once, even if the thread is busy with a slow Genesys
 * request.
 */
@Component
class ProducerSupervisor implements SmartLifecycle, LeadershipListener {

	private static final Logger log = LoggerFactory.getLogger(ProducerSupervisor.class);

	private final TenantWatch watch;

	private final SettingsFollower settings;

	private final SocketMetrics metrics;

	private final DetectedEnds ends;

	private final Duration period;

	private final SupervisorThread thread = new SupervisorThread(this::step);

	private final AtomicReference<@Nullable Takeover> takeover = new AtomicReference<>();

	private volatile boolean leader;

	private boolean holding;

	private volatile WatchStatus status = WatchStatus.STARTING;

	private @Nullable String lastFailure;

	ProducerSupervisor(TenantWatch watch, SettingsFollower settings, SocketMetrics metrics, DetectedEnds ends,
			NotificationSessions sessions) {
		this.watch = watch;
		this.settings = settings;
		this.metrics = metrics;
		this.ends = ends;
		this.period = sessions.properties().watchdogPeriod();
	}

	WatchStatus status() {
		return this.status;
	}

	@Override
	public void acquired(@Nullable Instant previousLastLive) {
		this.takeover.set(new Takeover(previousLastLive));
		this.leader = true;
		this.thread.wake();
	}

	@Override
	public void lost() {
		this.leader = false;
		this.watch.silence();
		this.metrics.connected(false);
		this.thread.wake();
	}

	@Override
	public @Nullable Instant lastLiveAt() {
		Instant lastLive = this.watch.lastLiveAt();
		Instant unsaved = this.ends.oldestUnsaved().orElse(null);
		return (lastLive != null && unsaved != null && unsaved.isBefore(lastLive)) ? unsaved : lastLive;
	}

	@EventListener
	void on(SettingsSaved saved) {
		this.settings.checkNow();
		this.thread.wake();
	}

	private void step() {
		try {
			if (!this.leader) {
				standby();
				return;
			}
			Takeover pending = this.takeover.getAndSet(null);
			if (pending != null) {
				startHolding(pending.previousLastLive());
			}
			this.status = this.watch.step(this.thread::wake);
			this.metrics.connected(this.status.live());
			this.lastFailure = null;
		}
		catch (RuntimeException ex) {
			String failure = ex.toString();
			if (!failure.equals(this.lastFailure)) {
				log.warn("Supervisor step failed; trying again every step: {}", failure);
			}
			this.lastFailure = failure;
		}
	}

	private void startHolding(@Nullable Instant previousLastLive) {
		try {
			this.watch.takeOver(previousLastLive);
			this.holding = true;
		}
		catch (RuntimeException ex) {
			this.takeover.compareAndSet(null, new Takeover(previousLastLive));
			throw ex;
		}
	}

	private void standby() {
		if (this.holding) {
			this.watch.release();
			this.holding = false;
		}
		this.metrics.connected(false);
		this.status = new WatchStatus(Role.STANDBY, false, 0, 0, null);
	}

	@Override
	public void start() {
		this.thread.start(this.period);
	}

	@Override
	public void stop() {
		this.leader = false;
		this.watch.silence();
		try {
			this.thread.stop(this::standby, Duration.ofSeconds(10));
		}
		catch (ExecutionException | TimeoutException ex) {
			log.warn("Closing the notification session on shutdown failed: {}", ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread.isRunning();
	}

	private record Takeover(@Nullable Instant previousLastLive) {
	}

}
