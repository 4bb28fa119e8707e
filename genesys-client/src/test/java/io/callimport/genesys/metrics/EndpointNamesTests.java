package io.callimport.genesys.metrics;

import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"https://api.mypurecloud.com/api/v2/groups/6f1f0a4e-9b1e-4bb0-8f7a-1d2c3b4a5f6e/members?pageSize=100 | GET /api/v2/groups/{id}/members",
			"https://api.mypurecloud.com/api/v2/notifications/channels/streaming-0-abc123/subscriptions | GET /api/v2/notifications/channels/{id}/subscriptions",
			"https://api.mypurecloud.com/api/v2/analytics/conversations/details/query | GET /api/v2/analytics/conversations/details/query",
			"http://127.0.0.1:8080/sim/api/v2/conversations/c1/recordings | GET /api/v2/conversations/{id}/recordings",
			"https://login.mypurecloud.com/oauth/token | GET /oauth/token",
			"https://api.mypurecloud.com/api/v2/users/Agent%20One | GET /api/v2/users/{id}" })
	void replacesIdsInThePathSoTheCardinalityStaysBounded(String url, String endpoint) {
		assertThat(EndpointNames.of(new Request.Builder().url(url).build())).isEqualTo(endpoint);
	}

}
