package io.callimport.consumer.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.config.ImportThreads;
import io.callimport.consumer.importing.BatchImporter;
import io.callimport.consumer.failure.Deferrals;
import io.callimport.consumer.importing.PendingImport;
import io.callimport.model.messaging.ImportLane;

/**
 * Decides which tenant's calls start next. Deliveries wait here per tenant and lane; a
 * batch starts when a coordinator thread is free, the tenant has fewer than
 * {@code per-tenant} batches talking to Genesys, and its Genesys budget covers the
 * batch's requests now. Tenants take turns; live batches go before background ones, which
 * never take the last coordinator. A tenant out of budget holds no thread: its calls wait
 * here (the broker holds the rest in its own queue) and it is tried again when the budget
 * says. While the budget is short, calls gather for up to {@code max-delay} so that one
 * batch carries many of them. A delivery that waited here longer than {@code max-hold}
 * goes to a delay queue instead, so the broker never sees it unacked for long.
 */
@Component
public class ImportScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportScheduler.class);

	private static final long PROBE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private static final Duration TICK = Duration.ofMillis(500);

	private final BatchImporter importer;

	private final Deferrals deferrals;

	private final Executor coordinators;

	private final TaskScheduler timer;

	private final ConsumerProperties.Batch settings;

	private final Object lock = new Object();

	private final Map<String, TenantBacklog> backlogs = new HashMap<>();

	private final Map<ImportLane, Deque<TenantBacklog>> turns = new EnumMap<>(ImportLane.class);

	private final AtomicBoolean dispatchQueued = new AtomicBoolean();

	/** Deliveries taken into a batch and not settled yet. */
	private final Set<PendingImport> inFlight = ConcurrentHashMap.newKeySet();

	private volatile boolean draining;

	private int running;

	private int runningBackground;

	private volatile boolean started;

	private java.util.concurrent.@Nullable ScheduledFuture<?> ticker;

	ImportScheduler(BatchImporter importer, Deferrals deferrals, ImportThreads threads, ConsumerProperties properties) {
		this.importer = importer;
		this.deferrals = deferrals;
		this.coordinators = threads.coordinators();
		this.timer = threads.timer();
		this.settings = properties.batch();
		for (ImportLane lane : ImportLane.values()) {
			this.turns.put(lane, new ArrayDeque<>());
		}
	}

	/** Takes a delivery; its {@link PendingImport#settled()} tells when it is done. */
	public void submit(PendingImport call) {
		synchronized (this.lock) {
			TenantBacklog backlog = this.backlogs.computeIfAbsent(call.tenantId(), TenantBacklog::new);
			Deque<TenantBacklog> turn = this.turns.get(call.lane());
			if (backlog.waiting(call.lane()) == 0 && !turn.contains(backlog)) {
				turn.addLast(backlog);
			}
			backlog.add(call);
		}
		call.settled().whenComplete((ignored, error) -> settled(call));
		requestDispatch();
	}

	/** Deliveries waiting here, all tenants. */
	public int waiting() {
		synchronized (this.lock) {
			return this.backlogs.values()
				.stream()
				.mapToInt((backlog) -> backlog.waiting(ImportLane.LIVE) + backlog.waiting(ImportLane.BACKGROUND))
				.sum();
		}
	}

	/** Deliveries taken into a batch and not settled yet. */
	public int inFlight() {
		return this.inFlight.size();
	}

	/**
	 * Starts no batch any more (deliveries not started stay unacknowledged here) and
	 * waits until the deliveries under way settled, at most {@code timeout}.
	 * @return whether they all settled
	 */
	public boolean drain(Duration timeout) {
		this.draining = true;
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!this.inFlight.isEmpty()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.lock, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	private void settled(PendingImport call) {
		synchronized (this.lock) {
			TenantBacklog backlog = this.backlogs.get(call.tenantId());
			if (backlog != null) {
				backlog.settled(call.conversationId());
			}
			if (this.inFlight.remove(call)) {
				this.lock.notifyAll();
			}
		}
		requestDispatch();
	}

	private void requestDispatch() {
		if (this.started && !this.draining && this.dispatchQueued.compareAndSet(false, true)) {
			this.timer.schedule(this::dispatch, Instant.now());
		}
	}

	/** Runs on the timer's one thread only, so two dispatches never interleave. */
	private void dispatch() {
		this.dispatchQueued.set(false);
		if (this.draining) {
			return;
		}
		try {
			deferOverdue();
			boolean startedOne = true;
			while (startedOne) {
				startedOne = startNext(ImportLane.LIVE) || startNext(ImportLane.BACKGROUND);
			}
		}
		catch (RuntimeException ex) {
			log.error("Scheduling imports failed; trying again shortly", ex);
		}
	}

	/** Starts one batch of the lane, the next tenant in turn that may; whether it did. */
	private boolean startNext(ImportLane lane) {
		int tenants;
		synchronized (this.lock) {
			if (!hasCoordinator(lane)) {
				return false;
			}
			tenants = this.turns.get(lane).size();
		}
		for (int i = 0; i < tenants; i++) {
			Candidate candidate = nextCandidate(lane);
			if (candidate == null) {
				return false;
			}
			if (budgetAllows(candidate, lane)) {
				return start(candidate.backlog(), lane);
			}
		}
		return false;
	}

	private boolean hasCoordinator(ImportLane lane) {
		int coordinators = this.settings.coordinators();
		if (this.running >= coordinators) {
			return false;
		}
		// background work never takes the last coordinator: a live call always finds one
		return lane == ImportLane.LIVE || this.runningBackground < Math.max(1, coordinators - 1);
	}

	/** The next tenant in turn with startable calls, moved to the back of the turn. */
	private @Nullable Candidate nextCandidate(ImportLane lane) {
		synchronized (this.lock) {
			Deque<TenantBacklog> turn = this.turns.get(lane);
			long now = System.nanoTime();
			for (int i = 0, n = turn.size(); i < n; i++) {
				TenantBacklog backlog = turn.pollFirst();
				if (backlog.waiting(lane) == 0) {
					continue;
				}
				turn.addLast(backlog);
				if (backlog.running(lane) >= this.settings.perTenant()) {
					continue;
				}
				int startable = backlog.startable(lane, this.settings.maxSize());
				if (startable == 0 || (backlog.held(lane, now) && startable < this.settings.maxSize())) {
					continue;
				}
				return new Candidate(backlog, startable, backlog.oldestNanos(lane, now));
			}
			return null;
		}
	}

	/**
	 * Whether the tenant's budget pays for the batch now. When it is short, the calls
	 * gather (up to {@code max-delay}) unless the batch is full already; when it cannot
	 * pay at all, the tenant is held until it can.
	 */
	private boolean budgetAllows(Candidate candidate, ImportLane lane) {
		String tenant = candidate.backlog().tenantId();
		long now = System.nanoTime();
		if (this.importer.budgetWait(tenant, lane, this.importer.budgetCapacity()).isZero()) {
			return true;
		}
		long gathering = now - candidate.oldestNanos();
		boolean full = candidate.startable() >= this.settings.maxSize();
		if (!full && gathering < this.settings.maxDelay().toNanos()) {
			hold(candidate.backlog(), lane, Math.min(PROBE_NANOS, this.settings.maxDelay().toNanos() - gathering));
			return false;
		}
		Duration wait = this.importer.budgetWait(tenant, lane, this.importer.requestsFor(candidate.startable()));
		if (wait.isZero()) {
			return true;
		}
		hold(candidate.backlog(), lane, Math.max(PROBE_NANOS, wait.toNanos()));
		return false;
	}

	private void hold(TenantBacklog backlog, ImportLane lane, long nanos) {
		synchronized (this.lock) {
			backlog.holdUntil(lane, System.nanoTime() + nanos);
		}
		this.timer.schedule(this::requestDispatch, Instant.now().plusNanos(nanos));
	}

	private boolean start(TenantBacklog backlog, ImportLane lane) {
		List<PendingImport> batch;
		synchronized (this.lock) {
			if (!hasCoordinator(lane)) {
				return false;
			}
			batch = backlog.take(lane, this.settings.maxSize());
			if (batch.isEmpty()) {
				return false;
			}
			this.inFlight.addAll(batch);
			this.running++;
			if (lane == ImportLane.BACKGROUND) {
				this.runningBackground++;
			}
		}
		this.coordinators.execute(() -> run(backlog, lane, batch));
		return true;
	}

	private void run(TenantBacklog backlog, ImportLane lane, List<PendingImport> batch) {
		try {
			this.importer.importBatch(backlog.tenantId(), lane, batch)
				.whenComplete((ignored, error) -> done(backlog, lane));
		}
		catch (RuntimeException ex) {
			log.error("A batch of tenant {} could not start", backlog.tenantId(), ex);
			done(backlog, lane);
		}
	}

	private void done(TenantBacklog backlog, ImportLane lane) {
		synchronized (this.lock) {
			backlog.batchDone(lane);
			this.running--;
			if (lane == ImportLane.BACKGROUND) {
				this.runningBackground--;
			}
		}
		requestDispatch();
	}

	/**
	 * Deliveries that waited too long go to a delay queue; the broker keeps them there.
	 */
	private void deferOverdue() {
		long cutoff = System.nanoTime() - this.settings.maxHold().toNanos();
		List<PendingImport> overdue = new ArrayList<>();
		synchronized (this.lock) {
			this.backlogs.values().forEach((backlog) -> overdue.addAll(backlog.takeOverdue(cutoff)));
			this.backlogs.values().removeIf(TenantBacklog::idle);
		}
		if (!overdue.isEmpty()) {
			log.info("{} call(s) waited longer than {} for their tenant's turn; they go to a delay queue",
					overdue.size(), this.settings.maxHold());
			overdue.forEach((call) -> this.coordinators.execute(() -> defer(call)));
		}
	}

	private void defer(PendingImport call) {
		try {
			this.deferrals.defer(call.delivered(), call.message());
			call.settle();
		}
		catch (RuntimeException ex) {
			log.warn("Could not defer conversation {}; handing it back to the broker: {}", call.conversationId(),
					ex.toString());
			call.handBack(ex);
		}
	}

	@Override
	public void start() {
		this.started = true;
		this.ticker = this.timer.scheduleAtFixedRate(this::requestDispatch, TICK);
	}

	@Override
	public void stop() {
		this.started = false;
		if (this.ticker != null) {
			this.ticker.cancel(false);
		}
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	/** Starts before the listener containers deliver, stops after they stopped. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	private record Candidate(TenantBacklog backlog, int startable, long oldestNanos) {
	}

}
