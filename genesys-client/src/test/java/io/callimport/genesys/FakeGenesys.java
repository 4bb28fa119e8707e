package io.callimport.genesys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.model.settings.ClientSecret;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Genesys stand-in on {@link MockWebServer} for tests: {@code /oauth/token} issues
 * numbered tokens ({@code token-1}, …) and counts logins; API paths answer from scripted
 * queues first, then from routes, else 404.
 */
final class FakeGenesys implements AutoCloseable {

	static final String CLIENT_ID = "client-7f3a";

	static final String SECRET = "S3cr3t-Do-Not-Leak-4b9e";

	private final MockWebServer server = new MockWebServer();

	private final AtomicInteger logins = new AtomicInteger();

	private final Map<String, Queue<MockResponse>> scripts = new ConcurrentHashMap<>();

	private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();

	private final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();

	private final List<RecordedRequest> loginRequests = new CopyOnWriteArrayList<>();

	volatile Function<Integer, MockResponse> login = (n) -> token("token-" + n, 86400);

	FakeGenesys() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return answer(request);
			}
		});
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GenesysCredentials credentials() {
		return new GenesysCredentials("mypurecloud.com", CLIENT_ID, new ClientSecret(SECRET));
	}

	static MockResponse token(String value, int expiresIn) {
		return json(200,
				"{\"access_token\":\"" + value + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}");
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	static MockResponse error(int status, String code) {
		return new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.addHeader("ININ-Correlation-Id", "corr-" + status)
			.body("{\"message\":\"failed\",\"code\":\"" + code + "\",\"status\":" + status + "}")
			.build();
	}

	URI baseUrl() {
		String url = this.server.url("/").toString();
		return URI.create(url.substring(0, url.length() - 1));
	}

	GenesysProperties properties() {
		return properties(RetrySettings.defaults(), BudgetSettings.defaults(), GenesysProperties.Timeouts.defaults());
	}

	GenesysProperties properties(RetrySettings retry, BudgetSettings budget, GenesysProperties.Timeouts timeouts) {
		return new GenesysProperties(baseUrl(), baseUrl(), Duration.ofMinutes(5), budget, retry, timeouts,
				GenesysProperties.WebSocket.defaults());
	}

	/** Answers the next requests to {@code path} with these responses, in order. */
	void enqueue(String path, MockResponse... responses) {
		this.scripts.computeIfAbsent(path, (p) -> new ConcurrentLinkedQueue<>()).addAll(List.of(responses));
	}

	/** Answers every request to {@code path} (after its script) with this function. */
	void route(String path, Function<RecordedRequest, MockResponse> answer) {
		this.routes.put(path, answer);
	}

	int logins() {
		return this.logins.get();
	}

	List<RecordedRequest> loginRequests() {
		return this.loginRequests;
	}

	List<RecordedRequest> requests(String path) {
		return this.apiRequests.stream().filter((r) -> r.getUrl().encodedPath().equals(path)).toList();
	}

	private MockResponse answer(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		if (path.equals("/oauth/token")) {
			this.loginRequests.add(request);
			return this.login.apply(this.logins.incrementAndGet());
		}
		this.apiRequests.add(request);
		Queue<MockResponse> script = this.scripts.get(path);
		MockResponse scripted = (script != null) ? script.poll() : null;
		if (scripted != null) {
			return scripted;
		}
		Function<RecordedRequest, MockResponse> route = this.routes.get(path);
		return (route != null) ? route.apply(request) : error(404, "not.found");
	}

	@Override
	public void close() {
		this.server.close();
	}

}
