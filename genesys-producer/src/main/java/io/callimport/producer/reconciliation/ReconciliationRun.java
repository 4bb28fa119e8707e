package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.callimport.model.persistence.AssignedIdEntity;

/**
 * A reconciliation, backfill or gap-healing run ({@code reconciliation_runs}). Gap runs
 * are written here in one go; the {@code runs} package writes the others window by window
 * and shows them all.
 */
@Entity
@Table(name = "reconciliation_runs")
public class ReconciliationRun extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private String tenantId;

	@Enumerated(EnumType.STRING)
	private RunKind kind;

	@Enumerated(EnumType.STRING)
	private RunStatus status;

	private Instant windowFrom;

	private Instant windowTo;

	private @Nullable Instant progressUntil;

	private int windowsTotal;

	private int windowsDone;

	private int found;

	private int alreadyImported;

	private int inFlight;

	private int requeued;

	private int failed;

	private int genesysRequests;

	private @Nullable String error;

	// the database's default (now())
	@Column(insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	private @Nullable Instant startedAt;

	private @Nullable Instant finishedAt;

	private @Nullable String ownerId;

	private int attempts;

	private @Nullable Instant nextAttemptAt;

	/**
	 * A run of {@code [from, to)} in {@code windowsTotal} windows, PENDING until claimed.
	 */
	public ReconciliationRun(String tenantId, RunKind kind, Instant from, Instant to, int windowsTotal) {
		this.id = UUID.randomUUID();
		this.tenantId = tenantId;
		this.kind = kind;
		this.status = RunStatus.PENDING;
		this.windowFrom = from;
		this.windowTo = to;
		this.windowsTotal = windowsTotal;
	}

	protected ReconciliationRun() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	/** Worked on by {@code ownerId} from {@code at} on (a run done in one go). */
	void start(String ownerId, Instant at) {
		this.status = RunStatus.RUNNING;
		this.ownerId = ownerId;
		this.startedAt = at;
	}

	/** A run done in one go went through its whole window (successfully or not). */
	void finished(RunResult result, int requests, Instant at) {
		this.status = result.succeeded() ? RunStatus.SUCCEEDED : RunStatus.FAILED;
		this.error = result.error();
		this.progressUntil = result.succeeded() ? this.windowTo : null;
		this.windowsDone = 1;
		this.found = result.found();
		this.alreadyImported = result.alreadyImported();
		this.inFlight = result.inFlight();
		this.requeued = result.requeued();
		this.failed = result.failed();
		this.genesysRequests = requests;
		this.finishedAt = at;
	}

	/** A run done in one go could not be done. */
	void failed(String error, int requests, Instant at) {
		this.status = RunStatus.FAILED;
		this.error = error;
		this.genesysRequests = requests;
		this.finishedAt = at;
	}

	public RunKind kind() {
		return this.kind;
	}

	public RunStatus status() {
		return this.status;
	}

	public Instant windowFrom() {
		return this.windowFrom;
	}

	public Instant windowTo() {
		return this.windowTo;
	}

	public @Nullable Instant progressUntil() {
		return this.progressUntil;
	}

	public int windowsTotal() {
		return this.windowsTotal;
	}

	public int windowsDone() {
		return this.windowsDone;
	}

	public WindowCounts counts() {
		return new WindowCounts(this.found, this.alreadyImported, this.inFlight, this.requeued, this.failed);
	}

	public int genesysRequests() {
		return this.genesysRequests;
	}

	public int attempts() {
		return this.attempts;
	}

	public @Nullable String error() {
		return this.error;
	}

	/**
	 * When it was requested; read from the database (null before the row is read back).
	 */
	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant startedAt() {
		return this.startedAt;
	}

	public @Nullable Instant finishedAt() {
		return this.finishedAt;
	}

}
