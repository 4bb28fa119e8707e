package io.callimport.genesys.auth;

import java.io.IOException;

import io.callimport.genesys.metrics.EndpointNames;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the current token on every API request. On a 401 it renews the token once and
 * sends the request once more; a second 401 goes back to the caller. The SDK itself is
 * given no token, so a renewal never races a token stored inside the SDK.
 */
public final class BearerTokenInterceptor implements Interceptor {

	private static final Logger log = LoggerFactory.getLogger(BearerTokenInterceptor.class);

	private final AccessTokenSource tokens;

	public BearerTokenInterceptor(AccessTokenSource tokens) {
		this.tokens = tokens;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		AccessToken token = this.tokens.token();
		Response response = chain.proceed(authorized(request, token));
		if (response.code() != 401) {
			return response;
		}
		response.close();
		AccessToken renewed = this.tokens.renewAfterRejection(token);
		log.info("Genesys answered 401 to {}; sending it once more with a new token", EndpointNames.of(request));
		return chain.proceed(authorized(request, renewed));
	}

	private static Request authorized(Request request, AccessToken token) {
		return request.newBuilder().header("Authorization", "Bearer " + token.value()).build();
	}

}
