package io.callimport.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.okhttp.OkHttpClientConnector;
import io.callimport.simulator.web.GenesysMapper;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Clients of a running simulator for tests: raw OkHttp, the login, and the official SDK
 * routed through OkHttp with a token fetched from {@code /oauth/token}.
 */
public final class SimulatorClients {

	public static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();

	private SimulatorClients() {
	}

	/** A token of the client, fetched the way genesys-client does (Basic auth, form). */
	public static String token(String baseUrl, String clientId, String secret) {
		Request request = new Request.Builder().url(baseUrl + "/oauth/token")
			.header("Authorization", Credentials.basic(clientId, secret))
			.post(new FormBody.Builder().add("grant_type", "client_credentials").build())
			.build();
		try (Response response = HTTP.newCall(request).execute()) {
			String body = response.body().string();
			if (response.code() != 200) {
				throw new IllegalStateException("Login failed: " + response.code() + " " + body);
			}
			JsonNode json = GenesysMapper.get().readTree(body);
			return json.get("access_token").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The SDK's ApiClient on OkHttp against the simulator, with the given token. */
	public static ApiClient sdk(String baseUrl, String token) {
		return ApiClient.Builder.standard()
			.withBasePath(baseUrl)
			.withAccessToken(token)
			.withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, new OkHttpClientConnector(HTTP))
			.build();
	}

	public static Response get(String url, String token) throws IOException {
		return HTTP.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + token).build())
			.execute();
	}

}
