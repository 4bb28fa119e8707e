package io.callimport.genesys;

import java.net.URI;
import java.time.Duration;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.retry.RetrySettings;
import jakarta.validation.Valid;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@ConfigurationProperties("genesys")
@Validated
public record GenesysProperties(@Nullable URI apiBaseUrl, @Nullable URI loginBaseUrl,
		@DefaultValue("5m") @DurationMin(millis = 0) Duration tokenRenewalMargin,
		@DefaultValue @Valid BudgetSettings budget, @DefaultValue @Valid RetrySettings retry,
		@DefaultValue @Valid Timeouts timeouts, @DefaultValue @Valid WebSocket websocket) {

	public GenesysProperties {
		apiBaseUrl = blankToNull(apiBaseUrl);
		loginBaseUrl = blankToNull(loginBaseUrl);
	}

	/** The defaults, for use outside Spring. */
	public static GenesysProperties defaults() {
		return new GenesysProperties(null, null, Duration.ofMinutes(5), BudgetSettings.defaults(),
				RetrySettings.defaults(), Timeouts.defaults(), WebSocket.defaults());
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

}
