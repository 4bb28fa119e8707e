package io.callimport.producer.gap;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.producer.FlowContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gap of 40 days (a replica that held a stale last-live moment for weeks) is healed
 * against the simulator over HTTP only for its newest {@code gap.max-heal-window} (30
 * days by default; Genesys' details query takes at most 31 with filters); the older part
 * is recorded on the gap, logged and counted, for an operator's backfill.
 */
class GapHealingCapIntegrationTests extends FlowContext {

	@Autowired
	MeterRegistry meters;

	@Test
	void aGapLongerThanTheCapHealsOnlyItsNewestWindowAndReportsTheRest() {
		ensureWatching();
		double unhealedBefore = unhealedGaps();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant started = now.minus(Duration.ofDays(50));
		Instant ended = now.minus(Duration.ofDays(10));
		UUID gap = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO notification_gaps (id, tenant_id, started_at, ended_at, reason)
				VALUES (:id, :tenant, :started, :ended, 'failover')
				""")
			.param("id", gap)
			.param("tenant", TENANT)
			.param("started", Timestamp.from(started))
			.param("ended", Timestamp.from(ended))
			.update();

		await().atMost(Duration.ofSeconds(30)).until(() -> healed(gap));

		Map<String, Object> row = this.jdbc.sql("""
				SELECT g.heal_outcome, g.uncovered_from, g.uncovered_to, r.status, r.window_from, r.window_to
				FROM notification_gaps g JOIN reconciliation_runs r ON r.id = g.heal_run_id WHERE g.id = :id
				""").param("id", gap).query().singleRow();
		Instant windowFrom = ((Timestamp) row.get("window_from")).toInstant();
		Instant windowTo = ((Timestamp) row.get("window_to")).toInstant();
		assertThat(row.get("heal_outcome")).isEqualTo("PARTIALLY_HEALED");
		assertThat(row.get("status")).isEqualTo("SUCCEEDED");
		assertThat(Duration.between(windowFrom, windowTo)).isEqualTo(Duration.ofDays(30));
		assertThat(windowTo).isEqualTo(ended.plusSeconds(5));
		assertThat(((Timestamp) row.get("uncovered_from")).toInstant()).isEqualTo(started.minusSeconds(5));
		assertThat(((Timestamp) row.get("uncovered_to")).toInstant()).isEqualTo(windowFrom);
		assertThat(unhealedGaps() - unhealedBefore).isEqualTo(1);
	}

	private boolean healed(UUID gap) {
		return this.jdbc.sql("SELECT healed_at IS NOT NULL FROM notification_gaps WHERE id = :id")
			.param("id", gap)
			.query(Boolean.class)
			.single();
	}

	private double unhealedGaps() {
		return this.meters.find("callimport.websocket.gaps.uncovered")
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

}
