package io.callimport.genesys;

import java.util.List;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.Recording;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Real SDK API classes against a local HTTP server: the connector wiring, typed results,
 * 202s, odd bodies and the meters.
 */
class GenesysClientSdkTests {

	private static final String MEMBERS = "/api/v2/groups/6f1f0a4e-9b1e-4bb0-8f7a-1d2c3b4a5f6e/members";

	private final FakeGenesys genesys = new FakeGenesys();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final GenesysClients clients = new GenesysClients(this.genesys.properties(), this.registry);

	private final GenesysClient client = this.clients.forTenant("tenant-a", FakeGenesys.credentials());

	@AfterEach
	void close() {
		this.clients.close();
		this.genesys.close();
	}

	@Test
	void callsTheSdkThroughOurOkHttpClientWithTheToken() throws Exception {
		this.genesys.enqueue(MEMBERS,
				FakeGenesys.json(200,
						"{\"entities\":[{\"id\":\"u1\",\"name\":\"Agent One\",\"state\":\"active\"}],\"pageSize\":100,"
								+ "\"pageNumber\":1,\"total\":1,\"pageCount\":1}"));

		UserEntityListing members = this.client.groups()
			.getGroupMembers("6f1f0a4e-9b1e-4bb0-8f7a-1d2c3b4a5f6e", 100, 1, null, null);

		assertThat(members.getEntities()).singleElement().satisfies((user) -> {
			assertThat(user.getId()).isEqualTo("u1");
			assertThat(user.getName()).isEqualTo("Agent One");
		});
		RecordedRequest request = this.genesys.requests(MEMBERS).get(0);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(request.getUrl().queryParameter("pageSize")).isEqualTo("100");
		assertThat(this.genesys.loginRequests().get(0).getHeaders().get("Authorization")).startsWith("Basic ");
	}

	@Test
	void needsNeitherApacheNorAsyncHttpClientOnTheClasspath() {
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.apache.http.client.HttpClient"));
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.asynchttpclient.AsyncHttpClient"));
	}

	@Test
	void showsA202WithoutBodyThroughWithHttpInfo() {
		this.genesys.enqueue("/api/v2/conversations/c1/recordings", new MockResponse.Builder().code(202).build());

		ApiResponse<List<Recording>> response = this.client.callWithHttpInfo(
				() -> this.client.recordings().getConversationRecordingsWithHttpInfo("c1", 5000, "WAV", null));

		assertThat(response.getStatusCode()).isEqualTo(202);
		assertThat(response.getBody()).isNull();
		assertThat(
				this.genesys.requests("/api/v2/conversations/c1/recordings").get(0).getUrl().queryParameter("formatId"))
			.isEqualTo("WAV");
	}

	@Test
	void throwsHttpErrorsOfWithHttpInfoCallsAsClassifiedFailures() {
		GenesysException failure = catchThrowableOfType(GenesysException.class, () -> this.client.callWithHttpInfo(
				() -> this.client.recordings().getConversationRecordingsWithHttpInfo("c2", 0, "WAV", null)));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.NOT_FOUND);
		assertThat(failure.failure().correlationId()).isEqualTo("corr-404");
	}

	@Test
	void reportsABodyThatIsNotTheExpectedJsonClearly() {
		this.genesys.enqueue(MEMBERS, FakeGenesys.json(200, "{\"entities\": \"not a list\""));

		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups()
					.getGroupMembers("6f1f0a4e-9b1e-4bb0-8f7a-1d2c3b4a5f6e", 100, 1, null, null)));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
		assertThat(failure).hasMessageStartingWith("Genesys sent a response body that is not the expected JSON");
	}

	@Test
	void recordsEachRequestByEndpointTemplateStatusOutcomeAndTenant() {
		this.genesys.enqueue(MEMBERS, FakeGenesys.json(200, "{\"entities\":[]}"));

		this.client.call(
				() -> this.client.groups().getGroupMembers("6f1f0a4e-9b1e-4bb0-8f7a-1d2c3b4a5f6e", 100, 1, null, null));

		Timer timer = this.registry.get("genesys.requests")
			.tags("endpoint", "GET /api/v2/groups/{id}/members", "status", "200", "outcome", "SUCCESS", "tenant",
					"tenant-a")
			.timer();
		assertThat(timer.count()).isEqualTo(1);
		assertThat(this.registry.get("genesys.logins").tags("outcome", "SUCCESS").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("genesys.budget.wait").tags("lane", "LIVE").timer().count()).isEqualTo(1);
		assertThat(this.registry.getMeters()).flatMap((Meter meter) -> meter.getId().getTags())
			.allSatisfy(
					(tag) -> assertThat(tag.getValue()).doesNotContain(FakeGenesys.SECRET).doesNotContain("token-1"));
	}

}
