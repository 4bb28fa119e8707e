package io.callimport.genesys.budget;

import java.time.Duration;
import java.time.Instant;

import io.callimport.genesys.failure.RetryAfter;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * What one Genesys answer says about the OAuth client's rate limit. Genesys documents the
 * {@code inin-ratelimit-*} headers only by example, so they are read conservatively:
 * {@code allowed} as the requests the token may make per minute (its documented limit is
 * per minute; were the real window shorter, a per-minute reading only plans less),
 * {@code count} as the requests counted in the current window, {@code reset} as the
 * seconds until that window starts again. All three are per token, and every process has
 * its own token, yet each of them is applied to the OAuth client's shared budget:
 * planning for the most constrained token is the safe side.
 *
 * @param status the HTTP status
 * @param retryAfter a 429's {@code Retry-After} (any header case)
 * @param allowed {@code inin-ratelimit-allowed}
 * @param count {@code inin-ratelimit-count}
 * @param reset {@code inin-ratelimit-reset}
 */
record RateLimitHeaders(int status, @Nullable Duration retryAfter, @Nullable Integer allowed, @Nullable Integer count,
		@Nullable Duration reset) {

	/** Why the client was paused, the tag of {@code genesys.budget.penalties}. */
	static final String RATE_LIMITED = "429";

	static final String WINDOW_USED_UP = "window-used-up";

	/** Reads a response's headers (OkHttp matches header names in any case). */
	static RateLimitHeaders of(Response response, Instant now) {
		Duration retryAfter = (response.code() == 429) ? RetryAfter.parse(response.header(RetryAfter.HEADER), now)
				: null;
		return new RateLimitHeaders(response.code(), retryAfter, integer(response.header("inin-ratelimit-allowed")),
				integer(response.header("inin-ratelimit-count")),
				RetryAfter.parse(response.header("inin-ratelimit-reset"), now));
	}

	/**
	 * The pause this answer calls for: after a 429 its {@code Retry-After} (else the
	 * window's reset), and once {@code count} reaches {@code allowed} the window's reset,
	 * before Genesys has to refuse anything. Null when it calls for none.
	 */
	@Nullable Pause pause() {
		Duration wait = null;
		if (this.status == 429) {
			wait = (this.retryAfter != null) ? this.retryAfter : this.reset;
		}
		if (windowUsedUp() && this.reset != null && (wait == null || this.reset.compareTo(wait) > 0)) {
			wait = this.reset;
		}
		if (wait == null || wait.isZero()) {
			return null;
		}
		return new Pause(wait, (this.status == 429) ? RATE_LIMITED : WINDOW_USED_UP);
	}

	private boolean windowUsedUp() {
		return this.allowed != null && this.count != null && this.allowed > 0 && this.count >= this.allowed;
	}

	private static @Nullable Integer integer(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
	}

	/**
	 * A pause of the OAuth client.
	 *
	 * @param length how long no process may send a request
	 * @param reason {@link #RATE_LIMITED} or {@link #WINDOW_USED_UP}
	 */
	record Pause(Duration length, String reason) {
	}

}
