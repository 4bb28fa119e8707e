package io.callimport.genesys.media;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;

import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import io.callimport.genesys.failure.RetryAfter;
import io.callimport.genesys.metrics.ClientMetrics;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Opens a recording's pre-signed media URI. The URI carries its own signature, so no
 * token is sent, and the signature (its query) never appears in a message or log. The
 * HTTP client given here retries until the response starts; the body is the caller's to
 * stream.
 */
public final class MediaDownloader {

	public static final String ENDPOINT = "GET {media}";

	private final OkHttpClient http;

	private final ClientMetrics metrics;

	public MediaDownloader(OkHttpClient http, ClientMetrics metrics) {
		this.http = http;
		this.metrics = metrics;
	}

	/**
	 * Starts a download.
	 * @throws GenesysRequestException when the URI is unusable or the server answers
	 * other than 2xx (403 usually means the URI expired: list the recordings again)
	 * @throws IOException when the download cannot start after the retries
	 */
	public RecordingMedia open(URI mediaUri) throws IOException {
		String where = withoutQuery(mediaUri);
		String scheme = mediaUri.getScheme();
		if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
			throw new GenesysRequestException(GenesysFailureKind.BAD_REQUEST,
					"A recording media URI must be http(s), not " + where, 0, null, null, null, null);
		}
		Response response = this.http.newCall(new Request.Builder().url(mediaUri.toString()).get().build()).execute();
		if (!response.isSuccessful()) {
			try (response) {
				int status = response.code();
				throw new GenesysRequestException(GenesysFailure.kindOf(status),
						"Recording media download from " + where + " answered HTTP " + status, status, null,
						response.header(GenesysFailure.CORRELATION_ID_HEADER),
						RetryAfter.parse(response.header(RetryAfter.HEADER), Instant.now()), null);
			}
		}
		ResponseBody body = response.body();
		return new RecordingMedia(new MeteredInputStream(body.byteStream(), this.metrics), body.contentLength(),
				(body.contentType() != null) ? body.contentType().toString() : null);
	}

	private static String withoutQuery(URI uri) {
		String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
		return uri.getScheme() + "://" + uri.getHost() + port + ((uri.getRawPath() != null) ? uri.getRawPath() : "");
	}

}
