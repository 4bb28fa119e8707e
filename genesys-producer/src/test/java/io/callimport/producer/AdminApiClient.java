package io.callimport.producer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the producer's admin API over real HTTP, as the wizard and operators do.
 */
public final class AdminApiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final String token;

	public AdminApiClient(int port, String token) {
		this.baseUrl = "http://127.0.0.1:" + port;
		this.token = token;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET(), this.token);
	}

	public Response getWithToken(String path, String token) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET(), token);
	}

	public Response put(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)), this.token);
	}

	public Response post(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), this.token);
	}

	private Response send(HttpRequest.Builder request, String bearer) {
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("WWW-Authenticate").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed on demand. */
	public record Response(int status, String contentType, String wwwAuthenticate, String body) {

		public JsonNode json() {
			return JsonMapper.builder().build().readTree(this.body);
		}

	}

}
