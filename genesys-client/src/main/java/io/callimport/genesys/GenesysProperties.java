package io.callimport.genesys;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.retry.RetrySettings;
import jakarta.validation.Valid;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the services reach Genesys ({@code genesys.*}, e.g. {@code GENESYS_API_BASE_URL}).
 *
 * @param apiBaseUrl replaces every tenant's region API host, e.g. the simulator's URL
 * @param loginBaseUrl replaces every tenant's region login host
 * @param tokenRenewalMargin how long before expiry a token is renewed (at most half its
 * lifetime)
 * @param budget the request budget of each OAuth client
 * @param retry how requests are retried
 * @param timeouts HTTP timeouts
 * @param websocket timeouts of the notification websocket
 * @param media where recording media may come from and how large and slow it may be
 * @param maxApiBody the largest API response body read into memory; a larger one fails
 * the request as permanent
 */
@ConfigurationProperties("genesys")
@Validated
public record GenesysProperties(@Nullable URI apiBaseUrl, @Nullable URI loginBaseUrl,
		@DefaultValue("5m") @DurationMin(millis = 0) Duration tokenRenewalMargin,
		@DefaultValue @Valid BudgetSettings budget, @DefaultValue @Valid RetrySettings retry,
		@DefaultValue @Valid Timeouts timeouts, @DefaultValue @Valid WebSocket websocket,
		@DefaultValue @Valid Media media, @DefaultValue("32MB") DataSize maxApiBody) {

	@ConstructorBinding
	public GenesysProperties {
		apiBaseUrl = blankToNull(apiBaseUrl);
		loginBaseUrl = blankToNull(loginBaseUrl);
		if (maxApiBody.toBytes() < 1024) {
			throw new IllegalArgumentException("genesys.max-api-body must be at least 1KB, not " + maxApiBody);
		}
	}

	/** With the default media limits and API body cap. */
	public GenesysProperties(@Nullable URI apiBaseUrl, @Nullable URI loginBaseUrl, Duration tokenRenewalMargin,
			BudgetSettings budget, RetrySettings retry, Timeouts timeouts, WebSocket websocket) {
		this(apiBaseUrl, loginBaseUrl, tokenRenewalMargin, budget, retry, timeouts, websocket, Media.defaults(),
				DataSize.ofMegabytes(32));
	}

	/** The defaults, for use outside Spring. */
	public static GenesysProperties defaults() {
		return new GenesysProperties(null, null, Duration.ofMinutes(5), BudgetSettings.defaults(),
				RetrySettings.defaults(), Timeouts.defaults(), WebSocket.defaults());
	}

	/** These properties with other media settings. */
	public GenesysProperties withMedia(Media media) {
		return new GenesysProperties(this.apiBaseUrl, this.loginBaseUrl, this.tokenRenewalMargin, this.budget,
				this.retry, this.timeouts, this.websocket, media, this.maxApiBody);
	}

	/** These properties with another API body cap. */
	public GenesysProperties withMaxApiBody(DataSize maxApiBody) {
		return new GenesysProperties(this.apiBaseUrl, this.loginBaseUrl, this.tokenRenewalMargin, this.budget,
				this.retry, this.timeouts, this.websocket, this.media, maxApiBody);
	}

	private static @Nullable URI blankToNull(@Nullable URI url) {
		return (url == null || url.toString().isBlank()) ? null : url;
	}

	/**
	 * HTTP timeouts ({@code genesys.timeouts.*}).
	 *
	 * @param connect to open a connection
	 * @param read between two reads of an API response (above the 5 s a recordings list
	 * may wait server-side)
	 * @param write between two writes of a request
	 * @param mediaRead between two reads of a recording download
	 */
	public record Timeouts(@DefaultValue("5s") @DurationMin(millis = 1) Duration connect,
			@DefaultValue("30s") @DurationMin(millis = 1) Duration read,
			@DefaultValue("30s") @DurationMin(millis = 1) Duration write,
			@DefaultValue("60s") @DurationMin(millis = 1) Duration mediaRead) {

		public static Timeouts defaults() {
			return new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30),
					Duration.ofSeconds(60));
		}

	}

	/**
	 * The notification websocket ({@code genesys.websocket.*}).
	 *
	 * @param connectTimeout to connect and finish the handshake
	 * @param pingInterval websocket-level pings; 0 leaves liveness to the producer's
	 * application-level {@code {"message":"ping"}} and heartbeat watch
	 */
	public record WebSocket(@DefaultValue("10s") @DurationMin(millis = 1) Duration connectTimeout,
			@DefaultValue("0s") @DurationMin(millis = 0) Duration pingInterval) {

		public static WebSocket defaults() {
			return new WebSocket(Duration.ofSeconds(10), Duration.ZERO);
		}

	}

	/**
	 * Recording media ({@code genesys.media.*}). A download may take at most
	 * {@code deadline-base} plus its size divided by {@code min-throughput}; its size is
	 * the {@code Content-Length}, else the size Genesys listed, else {@code max-size}.
	 *
	 * @param allowedHosts hosts besides the region's ({@code *.<region domain>} and the
	 * region's S3 hosts) that a media URI, a redirect of one or a notification
	 * {@code connectUri} may name: {@code host} or {@code *.domain}
	 * @param maxSize the largest recording downloaded; a larger one fails as
	 * {@code MEDIA_TOO_LARGE}
	 * @param deadlineBase the time every download may take whatever its size
	 * @param minThroughput the slowest acceptable download, per second
	 */
	public record Media(@DefaultValue List<String> allowedHosts, @DefaultValue("4GB") DataSize maxSize,
			@DefaultValue("2m") @DurationMin(seconds = 1) Duration deadlineBase,
			@DefaultValue("1MB") DataSize minThroughput) {

		public Media {
			allowedHosts = (allowedHosts != null) ? List.copyOf(allowedHosts) : List.of();
			if (maxSize.toBytes() < 1) {
				throw new IllegalArgumentException("genesys.media.max-size must be positive, not " + maxSize);
			}
			if (minThroughput.toBytes() < 1) {
				throw new IllegalArgumentException(
						"genesys.media.min-throughput must be positive, not " + minThroughput);
			}
		}

		public static Media defaults() {
			return new Media(List.of(), DataSize.ofGigabytes(4), Duration.ofMinutes(2), DataSize.ofMegabytes(1));
		}

		/** How long a download of {@code bytes} may take. */
		public Duration deadlineFor(long bytes) {
			long seconds = Math.max(0, bytes) / this.minThroughput.toBytes();
			return this.deadlineBase.plusSeconds(seconds);
		}

	}

}
