package io.callimport.genesys;

import java.net.URI;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.okhttp.OkHttpClientConnector;
import okhttp3.OkHttpClient;

/**
 * Builds SDK {@link ApiClient}s that send everything through our OkHttp client (so our
 * interceptors see every request; the SDK's Apache and async-http-client transports are
 * not on the classpath), with the SDK's own retry and token refresh off: both are done in
 * OkHttp.
 */
final class SdkClients {

	private SdkClients() {
	}

	static ApiClient build(OkHttpClient http, URI apiBaseUrl) {
		ApiClient.RetryConfiguration noRetry = new ApiClient.RetryConfiguration();
		noRetry.setMaxRetryTimeSec(0);
		noRetry.setRetryMax(0);
		return ApiClient.Builder.standard()
			.withBasePath(apiBaseUrl.toString())
			.withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, new OkHttpClientConnector(http))
			.withRetryConfiguration(noRetry)
			.withShouldRefreshAccessToken(false)
			.withAutoReloadConfig(false)
			.build();
	}

}
