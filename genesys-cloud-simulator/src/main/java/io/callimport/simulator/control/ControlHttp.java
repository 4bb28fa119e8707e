package io.callimport.simulator.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP for the control API clients ({@link SimulatorControl} and the
 * installation one): Java's HTTP client and Jackson.
 */
public final class ControlHttp {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public ControlHttp(String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public <T> T call(String method, String path, @Nullable Object body, Class<T> type) {
		String json = send(method, path, body);
		return (type == Void.class || json.isEmpty()) ? null : JSON.readValue(json, type);
	}

	public <T> T call(String method, String path, @Nullable Object body, TypeReference<T> type) {
		return JSON.readValue(send(method, path, body), type);
	}

	private String send(String method, String path, @Nullable Object body) {
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, publisher)
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new SimulatorControlException(method + " " + path, response.statusCode(), response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new SimulatorControlException(method + " " + path + ": " + ex.getMessage(), 0, "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SimulatorControlException(method + " " + path + ": interrupted", 0, "");
		}
	}

}
