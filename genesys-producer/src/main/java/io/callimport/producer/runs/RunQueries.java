package io.callimport.producer.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.producer.reconciliation.ReconciliationRun;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunStatus;
import io.callimport.producer.reconciliation.WindowCounts;

/**
 * Reads runs for the runs API, newest first.
 */
@Component
class RunQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

	private final RunRepository runs;

	private final Clock clock;

	RunQueries(RunRepository runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<RunView> find(String tenantId, @Nullable RunKind kind, @Nullable RunStatus status, Pageable pageable) {
		Instant now = this.clock.instant();
		return this.runs
			.findAll(RunRepository.matching(tenantId, kind, status),
					PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST))
			.map((run) -> view(run, now));
	}

	@Transactional(readOnly = true)
	Optional<RunView> findOne(String tenantId, UUID id) {
		return this.runs.findByIdAndTenantId(id, tenantId).map((run) -> view(run, this.clock.instant()));
	}

	private static RunView view(ReconciliationRun run, Instant now) {
		Instant started = run.startedAt();
		Instant finished = run.finishedAt();
		Instant until = (finished != null) ? finished : now;
		// a running run's duration is read against this replica's clock: never below zero
		Long duration = (started != null) ? Math.max(0, Duration.between(started, until).toMillis()) : null;
		WindowCounts counts = run.counts();
		return new RunView(run.getId(), run.kind(), run.status(), run.windowFrom(), run.windowTo(), run.progressUntil(),
				run.windowsTotal(), run.windowsDone(), counts.found(), counts.alreadyImported(), counts.inFlight(),
				counts.requeued(), counts.failed(), run.genesysRequests(), run.attempts(), run.error(),
				Objects.requireNonNull(run.createdAt()), started, finished, duration);
	}

}
