package io.callimport.installation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installation module's APIs over real HTTP, as the wizard and the operator call
 * them.
 */
public final class HttpApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	public HttpApi(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Response get(String path, @Nullable String bearer) {
		return send("GET", path, null, bearer);
	}

	public Response post(String path, @Nullable String body, @Nullable String bearer) {
		return send("POST", path, body, bearer);
	}

	public Response put(String path, @Nullable String body, @Nullable String bearer) {
		return send("PUT", path, body, bearer);
	}

	public Response delete(String path, @Nullable String bearer) {
		return send("DELETE", path, null, bearer);
	}

	public Response send(String method, String path, @Nullable String body, @Nullable String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response, its body parsed on demand. */
	public record Response(int status, String contentType, java.net.http.HttpHeaders headers, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public Optional<String> header(String name) {
			return this.headers.firstValue(name);
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
