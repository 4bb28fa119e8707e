package io.callimport.producer.gap;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.producer.tenant.TenantProperties;

/**
 * Records periods without a live socket in {@code notification_gaps}, for the supervisor
 * thread: {@link #down} opens a gap, {@link #up} ends it, {@link #takeOver} continues the
 * gap a previous holder left behind. Counts {@code callimport.websocket.gaps} and times
 * {@code callimport.websocket.gap.duration}. A method that fails (database unavailable)
 * changes nothing here and is simply called again.
 */
@Component
public class GapRecorder {

	private static final Logger log = LoggerFactory.getLogger(GapRecorder.class);

	private final GapStore store;

	private final String tenantId;

	private final Counter gaps;

	private final Timer durations;

	private @Nullable UUID openGap;

	private @Nullable Instant openSince;

	GapRecorder(GapStore store, TenantProperties tenant, MeterRegistry registry) {
		this.store = store;
		this.tenantId = tenant.id();
		this.gaps = Counter.builder("callimport.websocket.gaps")
			.description("Periods without a live notification socket")
			.tag("tenant", this.tenantId)
			.register(registry);
		this.durations = Timer.builder("callimport.websocket.gap.duration")
			.description("How long periods without a live notification socket lasted")
			.tag("tenant", this.tenantId)
			.register(registry);
	}

	public boolean isOpen() {
		return this.openGap != null;
	}

	/** The socket is not live since {@code since}. */
	public void down(Instant since, String reason) {
		if (this.openGap != null) {
			return;
		}
		this.openGap = this.store.open(this.tenantId, since, reason);
		this.openSince = since;
		log.warn("Notification gap opened at {} ({})", since, reason);
	}

	/**
	 * This replica became the holder: the previous holder's gaps (or, from its last live
	 * moment, a new one) stay open until this replica's socket is live.
	 */
	public void takeOver(@Nullable Instant previousLastLive) {
		UUID adopted = this.store.adoptOpen(this.tenantId, previousLastLive).orElse(null);
		if (adopted != null) {
			this.openGap = adopted;
			this.openSince = previousLastLive;
		}
		else if (previousLastLive != null) {
			down(previousLastLive, "failover");
		}
	}

	/** The socket is live again at {@code at}. */
	public void up(Instant at) {
		if (this.openGap == null) {
			return;
		}
		this.store.closeAll(this.tenantId, at);
		Instant since = this.openSince;
		this.openGap = null;
		this.openSince = null;
		this.gaps.increment();
		if (since != null && !at.isBefore(since)) {
			this.durations.record(Duration.between(since, at));
		}
		log.info("Notification gap since {} closed at {}; it will be healed", since, at);
	}

	/**
	 * This replica stopped holding the socket; the open gap is left for the next holder.
	 */
	public void forget() {
		this.openGap = null;
		this.openSince = null;
	}

}
