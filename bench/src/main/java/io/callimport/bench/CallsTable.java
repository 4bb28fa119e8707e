package io.callimport.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the consumer recorded in the calls table: the bench's ground truth for imports and
 * their latency (call end, from the simulator's details, to {@code queued_at}, set when
 * the analysis message was confirmed).
 */
public final class CallsTable {

	private final JdbcClient jdbc;

	public CallsTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Calls of the tenant queued for analysis (a recording stored, message confirmed).
	 */
	public long queued(BenchTenant tenant) {
		return this.jdbc.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

	/**
	 * Waits until {@code count} calls of the tenant are queued, or the timeout passes.
	 * @return the number queued when it returned
	 */
	public long awaitQueued(BenchTenant tenant, long count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		long queued = queued(tenant);
		while (queued < count && Instant.now().isBefore(deadline)) {
			LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
			queued = queued(tenant);
		}
		return queued;
	}

	/** End → queued of every queued call of the tenant, in milliseconds. */
	public List<Double> latenciesMillis(BenchTenant tenant) {
		return this.jdbc.sql("""
				SELECT extract(epoch FROM (queued_at - ended_at)) * 1000 FROM calls
				WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS' AND queued_at IS NOT NULL
				""").param("t", tenant.id()).query(Double.class).list();
	}

	/** End → queued in milliseconds by conversation id, of the tenant's queued calls. */
	public Map<String, Double> latenciesByConversation(BenchTenant tenant) {
		Map<String, Double> latencies = new HashMap<>();
		this.jdbc.sql("""
				SELECT conversation_id, extract(epoch FROM (queued_at - ended_at)) * 1000 AS millis FROM calls
				WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS' AND queued_at IS NOT NULL
				""").param("t", tenant.id()).query((rs) -> {
			latencies.put(rs.getString("conversation_id"), rs.getDouble("millis"));
		});
		return latencies;
	}

	/** The first and the last {@code queued_at} of the tenant's queued calls. */
	public Span queuedSpan(BenchTenant tenant) {
		return this.jdbc.sql("""
				SELECT min(queued_at) AS first, max(queued_at) AS last FROM calls
				WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'
				""")
			.param("t", tenant.id())
			.query((rs, row) -> new Span(rs.getTimestamp("first").toInstant(), rs.getTimestamp("last").toInstant()))
			.single();
	}

	/**
	 * @param first first queued
	 * @param last last queued
	 */
	public record Span(Instant first, Instant last) {

		public Duration duration() {
			return Duration.between(this.first, this.last);
		}

	}

}
