package io.callimport.consumer.failure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.simulator.control.CallRequest;

/**
 * What the failure tests read back about a tenant (its calls, its failures, its retries)
 * and the call they import.
 */
final class FailureTestSupport {

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	FailureTestSupport(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.meters = meters;
	}

	/**
	 * A call over already, so analytics knows it at once: only the failure under test is
	 * left.
	 */
	static CallRequest endedCall(Tenant tenant) {
		return CallRequest.answeredBy(tenant.agent(0))
			.withTiming(Duration.ofSeconds(1), Duration.ZERO)
			.withRecording(1, "AVAILABLE", 1, 64_000L)
			.startedAt(Instant.now().minus(Duration.ofMinutes(10)));
	}

	/** Each call's status, by conversation id. */
	Map<String, String> statuses(Tenant tenant) {
		return this.jdbc.sql("SELECT conversation_id, status FROM calls WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	long queued(Tenant tenant) {
		return this.jdbc.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

	long openFailures(Tenant tenant) {
		return this.jdbc.sql("SELECT count(*) FROM import_failures WHERE tenant_id = :t AND status = 'OPEN'")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

	double retried(Tenant tenant) {
		var counter = this.meters.find("callimport.imports")
			.tag("tenant", tenant.id())
			.tag("outcome", "retried")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}
