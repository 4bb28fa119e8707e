package io.callimport.producer.runs;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import io.callimport.producer.JpaSliceContext;
import io.callimport.producer.reconciliation.ReconciliationRun;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

class RunRepositoryTests extends JpaSliceContext {

	private static final Instant DAY = Instant.parse("2026-12-01T00:00:00Z");

	@Autowired
	RunRepository runs;

	@Test
	void claimsNightlyAndManualRunsBeforeBackfillsAndNeverGapRuns() {
		tenant("t-claim");
		run("t-claim", RunKind.BACKFILL, 3);
		run("t-claim", RunKind.GAP, 1);
		UUID manual = run("t-claim", RunKind.MANUAL, 1);

		assertThat(this.runs.claimNext("t-claim", "replica-a")).containsExactly(manual);
		flushAndClear();
		assertThat(this.runs.findById(manual)).get().satisfies((run) -> {
			assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
			assertThat(run.startedAt()).isNotNull();
		});
	}

	@Test
	void onlyTheOwnerRecordsWindowsAndTheLastOneFinishesTheRun() {
		tenant("t-windows");
		UUID id = run("t-windows", RunKind.BACKFILL, 2);
		this.runs.claimNext("t-windows", "replica-a");

		assertThat(this.runs.windowDone(id, "replica-b", DAY.plusSeconds(86400), 1, 1, 0, 0, 0, 2)).isZero();
		assertThat(this.runs.windowDone(id, "replica-a", DAY.plusSeconds(86400), 3, 1, 1, 1, 0, 2)).isEqualTo(1);
		assertThat(this.runs.findById(id)).get().satisfies((run) -> {
			assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
			assertThat(run.windowsDone()).isEqualTo(1);
			assertThat(run.finishedAt()).isNull();
		});
		assertThat(this.runs.windowDone(id, "replica-a", DAY.plusSeconds(2 * 86400), 2, 2, 0, 0, 0, 3)).isEqualTo(1);

		assertThat(this.runs.findById(id)).get().satisfies((run) -> {
			assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
			assertThat(run.counts().found()).isEqualTo(5);
			assertThat(run.genesysRequests()).isEqualTo(5);
			assertThat(run.finishedAt()).isNotNull();
		});
	}

	@Test
	void aWindowFailedWithoutRetryFailsTheRunAndAbandonedGapRunsOfOthersFail() {
		tenant("t-failed");
		UUID id = run("t-failed", RunKind.MANUAL, 1);
		this.runs.claimNext("t-failed", "replica-a");
		ReconciliationRun gap = new ReconciliationRun("t-failed", RunKind.GAP, DAY, DAY.plusSeconds(60), 1);
		this.runs.save(gap);
		flushAndClear();
		this.jdbc.sql("UPDATE reconciliation_runs SET status = 'RUNNING', owner_id = 'replica-old' WHERE id = :id")
			.param("id", gap.getId())
			.update();

		assertThat(this.runs.windowFailed(id, "replica-a", "Genesys said 500", 1, 60_000L)).isEqualTo(1);
		assertThat(this.runs.findById(id)).get().extracting(ReconciliationRun::status).isEqualTo(RunStatus.RUNNING);
		assertThat(this.runs.windowFailed(id, "replica-a", "Genesys said 500", 1, null)).isEqualTo(1);
		assertThat(this.runs.findById(id)).get().satisfies((run) -> {
			assertThat(run.status()).isEqualTo(RunStatus.FAILED);
			assertThat(run.attempts()).isEqualTo(2);
			assertThat(run.error()).isEqualTo("Genesys said 500");
		});
		assertThat(this.runs.failAbandonedGapRuns("t-failed", "replica-a")).isEqualTo(1);
		assertThat(this.runs.findById(gap.getId())).get()
			.extracting(ReconciliationRun::status)
			.isEqualTo(RunStatus.FAILED);
	}

	@Test
	void findsTheLastNightlyEndLeavingFailedRunsOut() {
		tenant("t-nightly");
		assertThat(this.runs.findLastNightlyEnd("t-nightly")).isEmpty();
		run("t-nightly", RunKind.NIGHTLY, 1);
		UUID failed = this.runs
			.save(new ReconciliationRun("t-nightly", RunKind.NIGHTLY, DAY.plusSeconds(86400),
					DAY.plusSeconds(2 * 86400), 1))
			.getId();
		flushAndClear();
		this.jdbc.sql("UPDATE reconciliation_runs SET status = 'FAILED' WHERE id = :id").param("id", failed).update();

		assertThat(this.runs.findLastNightlyEnd("t-nightly")).contains(DAY.plusSeconds(86400));
	}

	@Test
	void pagesTheTenantsRunsOfOneKindAndStatus() {
		tenant("t-page");
		tenant("t-page-other");
		run("t-page", RunKind.MANUAL, 1);
		run("t-page", RunKind.MANUAL, 1);
		run("t-page", RunKind.BACKFILL, 2);
		run("t-page-other", RunKind.MANUAL, 1);

		Page<ReconciliationRun> page = this.runs.findAll(RunRepository.matching("t-page", RunKind.MANUAL, null),
				PageRequest.of(0, 1, Sort.by("createdAt")));

		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(page.getTotalPages()).isEqualTo(2);
		assertThat(page.getContent()).singleElement().extracting(ReconciliationRun::kind).isEqualTo(RunKind.MANUAL);
		assertThat(this.runs.findAll(RunRepository.matching("t-page", null, RunStatus.PENDING), PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(3);
	}

	private UUID run(String tenantId, RunKind kind, int days) {
		return this.runs.save(new ReconciliationRun(tenantId, kind, DAY, DAY.plusSeconds(days * 86400L), days)).getId();
	}

}
