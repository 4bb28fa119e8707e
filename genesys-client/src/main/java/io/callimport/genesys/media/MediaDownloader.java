package io.callimport.genesys.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;

import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.egress.EgressPolicy;
import io.callimport.genesys.egress.InternalAddressGuard;
import io.callimport.genesys.egress.UriRefusedException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysRequestException;
import io.callimport.genesys.failure.RetryAfter;
import io.callimport.genesys.media.MediaLimitException.Breach;
import io.callimport.genesys.metrics.ClientMetrics;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Opens a recording's pre-signed media URI. The URI carries its own signature, so no
 * token is sent, and the signature (its query) never appears in a message or log. The URI
 * and every redirect (followed here, one hop at a time, never by OkHttp) must pass the
 * tenant's {@link EgressPolicy}; the download must fit the size cap and finish within a
 * deadline scaled to its size. The HTTP client given here retries until the response
 * starts; the body is the caller's to stream, never buffered.
 */
public final class MediaDownloader {

	public static final String ENDPOINT = "GET {media}";

	static final int MAX_REDIRECTS = 5;

	/** Tolerance over a listed size, which need not match the file to the byte. */
	private static final long LISTED_SIZE_SLACK = 1024 * 1024;

	private final OkHttpClient http;

	private final ClientMetrics metrics;

	private final EgressPolicy policy;

	private final GenesysProperties.Media limits;

	private final ScheduledExecutorService timer;

	/**
	 * @param http a client that does not follow redirects
	 * @param timer fires the download deadlines
	 */
	public MediaDownloader(OkHttpClient http, ClientMetrics metrics, EgressPolicy policy,
			GenesysProperties.Media limits, ScheduledExecutorService timer) {
		this.http = http;
		this.metrics = metrics;
		this.policy = policy;
		this.limits = limits;
		this.timer = timer;
	}

	/** Starts a download of unknown size; see {@link #open(URI, long)}. */
	public RecordingMedia open(URI mediaUri) throws IOException {
		return open(mediaUri, -1);
	}

	/**
	 * Starts a download.
	 * @param listedSize the size Genesys listed for the recording, or -1
	 * @throws UriRefusedException when the URI or a redirect is not allowed
	 * @throws MediaLimitException when the recording is over the size cap
	 * @throws GenesysRequestException when the server answers other than 2xx (403 usually
	 * means the URI expired: list the recordings again)
	 * @throws IOException when the download cannot start after the retries
	 */
	public RecordingMedia open(URI mediaUri, long listedSize) throws IOException {
		String where = EgressPolicy.describe(mediaUri);
		long maxSize = this.limits.maxSize().toBytes();
		if (listedSize > maxSize) {
			throw tooLarge(where, listedSize, "as listed");
		}
		DownloadDeadline deadline = new DownloadDeadline(this.timer,
				this.limits.deadlineFor((listedSize >= 0) ? listedSize : maxSize));
		try {
			Response response = follow(mediaUri, deadline);
			ResponseBody body = response.body();
			long length = body.contentLength();
			if (length > maxSize) {
				response.close();
				throw tooLarge(where, length, "as its Content-Length says");
			}
			long known = (length >= 0) ? length : listedSize;
			deadline.reset(this.limits.deadlineFor((known >= 0) ? known : maxSize));
			long limit = (length >= 0) ? length : (listedSize >= 0)
					? Math.min(maxSize, listedSize + LISTED_SIZE_SLACK + listedSize / 100) : maxSize;
			String limitReason = (length >= 0) ? "its Content-Length" : (listedSize >= 0 && limit < maxSize)
					? "the " + listedSize + " bytes listed" : "the cap, genesys.media.max-size";
			return new RecordingMedia(
					new LimitedMediaStream(body.byteStream(), limit, limitReason, deadline, where, this.metrics),
					length, (body.contentType() != null) ? body.contentType().toString() : null);
		}
		catch (IOException | RuntimeException ex) {
			deadline.close();
			throw ex;
		}
	}

	/** The first response that is not a redirect, each hop checked before it is sent. */
	private Response follow(URI mediaUri, DownloadDeadline deadline) throws IOException {
		URI current = mediaUri;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			this.policy.checkMedia(current, (hop == 0) ? "recording media URI" : "recording media redirect");
			Response response = execute(current, deadline);
			if (!response.isRedirect()) {
				if (!response.isSuccessful()) {
					try (response) {
						int status = response.code();
						throw new GenesysRequestException(GenesysFailure.kindOf(status),
								"Recording media download from " + EgressPolicy.describe(current) + " answered HTTP "
										+ status,
								status, null, response.header(GenesysFailure.CORRELATION_ID_HEADER),
								RetryAfter.parse(response.header(RetryAfter.HEADER), Instant.now()), null);
					}
				}
				return response;
			}
			try (response) {
				current = redirectTarget(response, current);
			}
		}
		throw new UriRefusedException("Recording media download from " + EgressPolicy.describe(mediaUri)
				+ " is refused: more than " + MAX_REDIRECTS + " redirects");
	}

	private Response execute(URI uri, DownloadDeadline deadline) throws IOException {
		Call call = this.http.newCall(new Request.Builder().url(uri.toString()).get().build());
		deadline.watch(call);
		try {
			return call.execute();
		}
		catch (UncheckedIOException ex) {
			UriRefusedException refused = InternalAddressGuard.refusal(ex);
			if (refused != null) {
				throw new UriRefusedException("The recording media URI " + EgressPolicy.describe(uri) + " is refused: "
						+ refused.getMessage());
			}
			throw ex;
		}
		catch (IOException ex) {
			if (deadline.expired()) {
				throw new MediaLimitException(Breach.DEADLINE_EXCEEDED,
						"Recording media download from " + EgressPolicy.describe(uri)
								+ " did not start within its deadline of " + deadline.budget().toSeconds() + " s",
						ex);
			}
			throw ex;
		}
	}

	private static URI redirectTarget(Response response, URI from) throws UriRefusedException {
		String location = response.header("Location");
		HttpUrl target = (location != null) ? response.request().url().resolve(location) : null;
		if (target == null) {
			throw new UriRefusedException("Recording media download from " + EgressPolicy.describe(from)
					+ " answered HTTP " + response.code() + " without a usable Location");
		}
		return target.uri();
	}

	private MediaLimitException tooLarge(String where, long size, String how) {
		return new MediaLimitException(Breach.TOO_LARGE, "Recording media at " + where + " is " + size + " bytes " + how
				+ ", over the cap of " + this.limits.maxSize().toBytes() + " bytes (genesys.media.max-size)", null);
	}

}
