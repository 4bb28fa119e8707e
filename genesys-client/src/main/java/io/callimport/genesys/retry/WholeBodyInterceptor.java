package io.callimport.genesys.retry;

import java.io.IOException;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import io.callimport.genesys.metrics.EndpointNames;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads an API response body completely before it leaves the retry loop. The SDK reads
 * every body into a String anyway; reading it here means a connection cut mid-body is
 * retried like any other I/O failure, and that the connection is released even for the
 * SDK methods that never read their body. A body over the cap ends the request with a
 * permanent {@link ResponseTooLargeException} instead of filling the heap. Never used for
 * media.
 */
public final class WholeBodyInterceptor implements Interceptor {

	private final long maxBytes;

	/**
	 * @param maxBytes the largest body read into memory
	 */
	public WholeBodyInterceptor(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		try (ResponseBody body = response.body()) {
			long declared = body.contentLength();
			BufferedSource source = body.source();
			if (declared > this.maxBytes || source.request(this.maxBytes + 1)) {
				throw new ResponseTooLargeException(EndpointNames.of(chain.request()), response.code(), this.maxBytes);
			}
			byte[] bytes = source.readByteArray();
			return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
		}
	}

	/**
	 * An API response body over {@code genesys.max-api-body}. Permanent: the same request
	 * would answer the same body.
	 */
	public static class ResponseTooLargeException extends GenesysRequestException {

		private static final long serialVersionUID = 1L;

		public ResponseTooLargeException(String endpoint, int status, long maxBytes) {
			super(GenesysFailureKind.PERMANENT, "Genesys " + endpoint + " answered HTTP " + status
					+ " with a body over the cap of " + maxBytes + " bytes (genesys.max-api-body)", status, null, null,
					null, null);
		}

	}

}
