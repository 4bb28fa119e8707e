package io.callimport.genesys.auth;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import io.callimport.model.settings.ClientSecret;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth client-credentials grant, done here rather than by the SDK because SDK
 * 198.1.0 derives the login host from the API host and cannot reach a login base such as
 * {@code http://127.0.0.1:8080}.
 */
public final class ClientCredentialsLogin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OkHttpClient http;

	private final URI tokenUrl;

	private final String clientId;

	private final ClientSecret secret;

	private final Clock clock;

	public ClientCredentialsLogin(OkHttpClient http, URI loginBaseUrl, String clientId, ClientSecret secret,
			Clock clock) {
		this.http = http;
		this.tokenUrl = URI.create(loginBaseUrl + "/oauth/token");
		this.clientId = clientId;
		this.secret = secret;
		this.clock = clock;
	}

	public String clientId() {
		return this.clientId;
	}

	/**
	 * Asks for a new token.
	 * @throws GenesysRequestException naming the client id (never the secret) when the
	 * login is rejected or cannot be done
	 */
	public AccessToken login() throws GenesysRequestException {
		Request request = new Request.Builder().url(this.tokenUrl.toString())
			.header("Authorization", Credentials.basic(this.clientId, this.secret.reveal(), StandardCharsets.UTF_8))
			.header("Accept", "application/json")
			.post(new FormBody.Builder().add("grant_type", "client_credentials").build())
			.build();
		Instant sentAt = this.clock.instant();
		try (Response response = execute(request)) {
			String body = readBody(response);
			if (!response.isSuccessful()) {
				throw rejected(response, body);
			}
			return parse(body, sentAt, response);
		}
	}

	private Response execute(Request request) throws GenesysRequestException {
		try {
			return this.http.newCall(request).execute();
		}
		catch (IOException ex) {
			throw wrapped(ex);
		}
	}

	private String readBody(Response response) throws GenesysRequestException {
		try {
			return response.body().string();
		}
		catch (IOException ex) {
			throw wrapped(ex);
		}
	}

	private AccessToken parse(String body, Instant sentAt, Response response) throws GenesysRequestException {
		try {
			JsonNode json = JSON.readTree(body);
			JsonNode token = json.get("access_token");
			JsonNode expiresIn = json.get("expires_in");
			if (token == null || !token.isString() || token.asString().isBlank() || expiresIn == null
					|| !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
				throw invalidAnswer(response, "without a usable access_token and expires_in", null);
			}
			return new AccessToken(token.asString(), sentAt, sentAt.plusSeconds(expiresIn.asLong()));
		}
		catch (JacksonException ex) {
			throw invalidAnswer(response, "with a body that is not JSON", ex);
		}
	}

	private GenesysRequestException rejected(Response response, String body) {
		int status = response.code();
		String error = oauthError(body);
		GenesysFailureKind kind = switch (status) {
			case 400, 401 -> GenesysFailureKind.UNAUTHORIZED;
			default -> GenesysFailure.kindOf(status);
		};
		String why = (kind == GenesysFailureKind.UNAUTHORIZED) ? "Genesys rejected the client credentials"
				: "Genesys refused the login";
		return new GenesysRequestException(kind,
				prefix() + why + " (HTTP " + status + ((error != null) ? " " + error : "") + ")", status, error,
				response.header(GenesysFailure.CORRELATION_ID_HEADER), null, null);
	}

	private GenesysRequestException invalidAnswer(Response response, String what, @Nullable Throwable cause) {
		return new GenesysRequestException(GenesysFailureKind.PERMANENT,
				prefix() + "Genesys answered HTTP " + response.code() + " " + what, response.code(), null,
				response.header(GenesysFailure.CORRELATION_ID_HEADER), null, cause);
	}

	private GenesysRequestException wrapped(IOException ex) {
		GenesysFailure failure = GenesysFailure.classify(ex);
		return new GenesysRequestException(failure.kind(), prefix() + failure.message(), failure.status(),
				failure.code(), failure.correlationId(), failure.retryAfter(), ex);
	}

	private String prefix() {
		return "Login of OAuth client '" + this.clientId + "' at " + this.tokenUrl + " failed: ";
	}

	private static @Nullable String oauthError(String body) {
		try {
			JsonNode error = JSON.readTree(body).get("error");
			return (error != null && error.isString()) ? error.asString() : null;
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

}
