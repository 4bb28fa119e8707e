package io.callimport.k8s;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTests {

	@Test
	void findsMetricNamesButNotFunctionsLabelsOrKeywords() {
		String expression = "histogram_quantile(0.95, sum by (tenant, le) (rate(callimport_import_latency_seconds_bucket"
				+ "{tenant=~\"$tenant\", outcome=\"queued\"}[$__rate_interval]))) > 600 and on (tenant) "
				+ "max by (tenant) (callimport_websocket_connected) < 1";

		assertThat(PromQl.metricNames(expression)).containsExactly("callimport_import_latency_seconds_bucket",
				"callimport_websocket_connected");
	}

	@Test
	void findsAMetricSelectedWithoutBraces() {
		assertThat(PromQl.metricNames("sum(rate(genesys_rate_limited_total[5m])) / sum(rate(up[5m]))"))
			.containsExactly("genesys_rate_limited_total", "up");
	}

	@Test
	void acceptsContractNamesAndRejectsOthers() {
		assertThat(MetricsContract.knows("genesys_requests_seconds_count")).isTrue();
		assertThat(MetricsContract.knows("jvm_memory_used_bytes")).isTrue();
		assertThat(MetricsContract.knows("callimport_imports")).isFalse();
		assertThat(MetricsContract.knows("callimport_import_latency_seconds_total")).isFalse();
	}

}
