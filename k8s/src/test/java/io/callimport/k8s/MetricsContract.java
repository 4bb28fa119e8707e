package io.callimport.k8s;

import java.util.List;
import java.util.Set;

/**
 * The Prometheus names the services promise to expose (DESIGN.md and the deployment
 * brief), as they appear in PromQL: counters end in {@code _total}, timers and histograms
 * add {@code _count}, {@code _sum}, {@code _bucket} (and {@code _max}).
 */
final class MetricsContract {

	static final Set<String> CALLIMPORT = Set.of("callimport_notification_events_total",
			"callimport_calls_published_total", "callimport_outbox_pending", "callimport_websocket_connected",
			"callimport_websocket_reconnects_total", "callimport_websocket_gaps_total", "callimport_agents_active",
			"callimport_settings_configured", "callimport_imports_total", "callimport_failures_open",
			"callimport_reconciliation_runs_total", "callimport_reconciliation_missing_total",
			"genesys_rate_limited_total", "genesys_budget_planned_rate",
			// the recording rule the chart's PrometheusRule writes per configured tenant
			"callimport:tenant:expected");

	static final Set<String> TIMERS = Set.of("callimport_import_latency_seconds", "genesys_requests_seconds");

	private static final List<String> TIMER_SUFFIXES = List.of("_count", "_sum", "_bucket", "_max");

	/**
	 * Standard Micrometer families (JVM, HTTP, RabbitMQ client, Hikari) and Prometheus'
	 * own.
	 */
	private static final List<String> STANDARD_PREFIXES = List.of("jvm_", "process_", "system_",
			"http_server_requests_", "rabbitmq_", "hikaricp_", "executor_", "logback_events_");

	private MetricsContract() {
	}

	static boolean knows(String metric) {
		if (CALLIMPORT.contains(metric) || metric.equals("up")) {
			return true;
		}
		for (String timer : TIMERS) {
			if (TIMER_SUFFIXES.stream().anyMatch((suffix) -> metric.equals(timer + suffix))) {
				return true;
			}
		}
		return STANDARD_PREFIXES.stream().anyMatch(metric::startsWith);
	}

}
