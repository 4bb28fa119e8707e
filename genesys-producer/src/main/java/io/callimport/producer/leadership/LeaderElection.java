package io.callimport.producer.leadership;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import io.callimport.producer.tenant.TenantProperties;

/**
 * Decides whether this replica holds the tenant's socket; {@link ElectionSchedule} runs
 * it on a thread of its own so that nothing else can delay a renewal. The holder renews
 * its lease every {@code renew-interval}; when it cannot (database unreachable) it steps
 * down before the lease can have run out, and when another replica holds the lease it
 * steps down at once. A standby tries to take the lease at the same pace.
 */
@Component
public class LeaderElection {

	private static final Logger log = LoggerFactory.getLogger(LeaderElection.class);

	private final LeaseStore store;

	private final LeadershipProperties properties;

	private final ObjectProvider<LeadershipListener> listener;

	private final String tenantId;

	private final String holderId;

	private final AtomicBoolean leader = new AtomicBoolean();

	private volatile long validUntilNanos;

	private final Counter acquisitions;

	private final Counter stepDowns;

	LeaderElection(LeaseStore store, LeadershipProperties properties, ObjectProvider<LeadershipListener> listener,
			TenantProperties tenant, MeterRegistry meters) {
		this.store = store;
		this.properties = properties;
		this.listener = listener;
		this.tenantId = tenant.id();
		// how often this replica took and gave up the socket (a flapping holder shows)
		this.acquisitions = Counter.builder("callimport.leadership.changes")
			.tag("tenant", this.tenantId)
			.tag("change", "acquired")
			.register(meters);
		this.stepDowns = Counter.builder("callimport.leadership.changes")
			.tag("tenant", this.tenantId)
			.tag("change", "stepped_down")
			.register(meters);
		this.holderId = ManagementFactory.getRuntimeMXBean().getName() + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	public boolean isLeader() {
		return this.leader.get();
	}

	/** This replica's id in {@code producer_leases.holder_id}. */
	public String holderId() {
		return this.holderId;
	}

	/** One renewal or takeover attempt. */
	void tick() {
		try {
			if (this.leader.get()) {
				renew();
			}
			else {
				tryAcquire();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Leadership check failed: {}", ex.toString());
		}
	}

	private void renew() {
		long started = System.nanoTime();
		Boolean renewed;
		try {
			renewed = this.store.renew(this.tenantId, this.holderId, this.properties.leaseDuration(), lastLive());
		}
		catch (DataAccessException ex) {
			renewed = null;
			log.warn("Cannot renew the lease of tenant {}: {}", this.tenantId, ex.getMessage());
		}
		if (Boolean.TRUE.equals(renewed)) {
			this.validUntilNanos = started
					+ this.properties.leaseDuration().minus(this.properties.safetyMargin()).toNanos();
		}
		else if (Boolean.FALSE.equals(renewed)) {
			stepDown("another replica holds the lease now");
		}
		else {
			stepDownIfUnproven();
		}
	}

	/**
	 * Steps down when the lease can no longer be proven: no renewal succeeded within the
	 * lease duration minus the safety margin. Checked on a thread of its own as well, so
	 * a renewal stuck on an unreachable database cannot keep the sockets open.
	 */
	void stepDownIfUnproven() {
		if (this.leader.get() && System.nanoTime() - this.validUntilNanos >= 0) {
			stepDown("the lease could not be renewed before it ran out");
		}
	}

	private void tryAcquire() {
		long started = System.nanoTime();
		Optional<Optional<Instant>> taken = this.store.tryAcquire(this.tenantId, this.holderId,
				this.properties.leaseDuration());
		if (taken.isEmpty()) {
			return;
		}
		if (System.nanoTime() - started > this.properties.renewInterval().toNanos()) {
			// the statement waited for a connection (a database just back), so little is
			// left of the lease counted from its start: prove it once more before holding
			// it,
			// rather than opening sockets and closing them at the next check (or the
			// watchdog's, which would see the lease counted from the start run out)
			started = System.nanoTime();
			if (!proveAgain()) {
				return;
			}
		}
		this.validUntilNanos = started
				+ this.properties.leaseDuration().minus(this.properties.safetyMargin()).toNanos();
		this.leader.set(true);
		Instant previousLastLive = taken.get().orElse(null);
		log.info("This replica ({}) holds the socket of tenant {} now; previous holder last live at {}", this.holderId,
				this.tenantId, previousLastLive);
		this.acquisitions.increment();
		this.listener.ifAvailable((l) -> l.acquired(previousLastLive));
	}

	/** Renews a lease just taken; false when that failed (it is not held then). */
	private boolean proveAgain() {
		try {
			return this.store.renew(this.tenantId, this.holderId, this.properties.leaseDuration(), lastLive());
		}
		catch (DataAccessException ex) {
			log.warn("Cannot renew the lease of tenant {} just taken: {}", this.tenantId, ex.getMessage());
			return false;
		}
	}

	private void stepDown(String why) {
		if (!this.leader.compareAndSet(true, false)) {
			return;
		}
		log.warn("This replica ({}) stops holding the socket of tenant {}: {}", this.holderId, this.tenantId, why);
		this.stepDowns.increment();
		this.listener.ifAvailable(LeadershipListener::lost);
	}

	private @Nullable Instant lastLive() {
		LeadershipListener current = this.listener.getIfAvailable();
		return (current != null) ? current.lastLiveAt() : null;
	}

	/**
	 * Gives the lease up (a clean stop): the sockets close first, then the lease is
	 * released.
	 */
	void resign() {
		Instant lastLive = lastLive();
		if (this.leader.compareAndSet(true, false)) {
			this.listener.ifAvailable(LeadershipListener::lost);
			releaseQuietly(lastLive);
		}
	}

	private void releaseQuietly(@Nullable Instant lastLive) {
		try {
			this.store.release(this.tenantId, this.holderId, lastLive);
			log.info("Released the lease of tenant {}", this.tenantId);
		}
		catch (DataAccessException ex) {
			log.warn("Could not release the lease of tenant {}; it runs out by itself: {}", this.tenantId,
					ex.getMessage());
		}
	}

}
