package io.callimport.genesys.retry;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads an API response body completely before it leaves the retry loop. The SDK reads
 * every body into a String anyway; reading it here means a connection cut mid-body is
 * retried like any other I/O failure, and that the connection is released even for the
 * SDK methods that never read their body. Never used for media.
 */
public final class WholeBodyInterceptor implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		try (ResponseBody body = response.body()) {
			byte[] bytes = body.bytes();
			return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
		}
	}

}
