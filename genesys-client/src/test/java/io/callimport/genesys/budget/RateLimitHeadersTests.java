package io.callimport.genesys.budget;

import java.time.Duration;
import java.time.Instant;

import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitHeadersTests {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	@Test
	void pausesForTheRetryAfterOfA429WhateverTheCaseOfItsName() {
		RateLimitHeaders limits = RateLimitHeaders.of(response(429, "retry-after", "42"), NOW);

		assertThat(limits.pause()).isEqualTo(new RateLimitHeaders.Pause(Duration.ofSeconds(42), "429"));
	}

	@Test
	void pausesA429WithoutRetryAfterUntilTheWindowResets() {
		RateLimitHeaders limits = RateLimitHeaders.of(response(429, "inin-ratelimit-reset", "17"), NOW);

		assertThat(limits.pause()).isEqualTo(new RateLimitHeaders.Pause(Duration.ofSeconds(17), "429"));
	}

	@Test
	void pausesUntilTheResetOnceTheCountReachesTheAllowance() {
		RateLimitHeaders limits = RateLimitHeaders.of(response(200, "ININ-RateLimit-Allowed", "300",
				"inin-ratelimit-count", "300", "inin-ratelimit-reset", "23"), NOW);

		assertThat(limits.allowed()).isEqualTo(300);
		assertThat(limits.pause()).isEqualTo(new RateLimitHeaders.Pause(Duration.ofSeconds(23), "window-used-up"));
	}

	@Test
	void asksForNoPauseWhileTheWindowHasRoomOrTheHeadersAreMissingOrUnreadable() {
		assertThat(RateLimitHeaders
			.of(response(200, "inin-ratelimit-allowed", "300", "inin-ratelimit-count", "299", "inin-ratelimit-reset",
					"23"), NOW)
			.pause()).isNull();
		assertThat(RateLimitHeaders.of(response(200), NOW).pause()).isNull();
		RateLimitHeaders unreadable = RateLimitHeaders.of(response(200, "inin-ratelimit-allowed", "lots"), NOW);
		assertThat(unreadable.allowed()).isNull();
		assertThat(unreadable.pause()).isNull();
	}

	private static Response response(int status, String... headers) {
		Response.Builder builder = new Response.Builder().request(new Request.Builder().url("http://genesys/x").build())
			.protocol(Protocol.HTTP_1_1)
			.code(status)
			.message("status");
		for (int i = 0; i < headers.length; i += 2) {
			builder.addHeader(headers[i], headers[i + 1]);
		}
		return builder.build();
	}

}
