package io.callimport.genesys.failure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.model.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class GenesysFailureTests {

	@ParameterizedTest
	@CsvSource({ "400, BAD_REQUEST", "401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND", "408, TRANSIENT",
			"409, PERMANENT", "410, NOT_FOUND", "413, BAD_REQUEST", "415, BAD_REQUEST", "429, RATE_LIMITED",
			"500, TRANSIENT", "501, PERMANENT", "502, TRANSIENT", "503, TRANSIENT", "504, TRANSIENT" })
	void classifiesSdkErrorsByStatus(int status, GenesysFailureKind kind) {
		GenesysFailure failure = GenesysFailure.classify(apiException(status, Map.of(), "{}"));

		assertThat(failure.kind()).isEqualTo(kind);
		assertThat(failure.status()).isEqualTo(status);
	}

	@Test
	void readsCodeMessageAndCorrelationIdOfAGenesysErrorBody() {
		ApiException error = apiException(404, Map.of("inin-correlation-id", "c0ffee"),
				"{\"message\":\"group abc not found\",\"code\":\"not.found\",\"status\":404}");

		GenesysFailure failure = GenesysFailure.classify(error);

		assertThat(failure.code()).isEqualTo("not.found");
		assertThat(failure.correlationId()).isEqualTo("c0ffee");
		assertThat(failure.message())
			.isEqualTo("Genesys answered HTTP 404 (code not.found, correlation id c0ffee): group abc not found");
		assertThat(failure.cause()).isSameAs(error);
	}

	@Test
	void readsRetryAfterOfA429WhateverTheCaseOfTheHeader() {
		GenesysFailure upper = GenesysFailure.classify(apiException(429, Map.of("Retry-After", "42"), ""));
		GenesysFailure lower = GenesysFailure.classify(apiException(429, Map.of("retry-after", "7"), ""));

		assertThat(upper.retryAfter()).isEqualTo(Duration.ofSeconds(42));
		assertThat(lower.retryAfter()).isEqualTo(Duration.ofSeconds(7));
		assertThat(lower.retryable()).isTrue();
	}

	@Test
	void classifiesTimeoutsAndConnectionFailuresAsTransient() {
		assertThat(GenesysFailure.classify(new SocketTimeoutException("timeout")).kind())
			.isEqualTo(GenesysFailureKind.TRANSIENT);
		assertThat(GenesysFailure.classify(new ConnectException("refused")).message())
			.isEqualTo("Genesys call failed on the network: ConnectException refused");
	}

	@Test
	void classifiesABodyThatIsNotTheExpectedJsonAsPermanent() {
		Throwable parseError = catchThrowable(() -> new ObjectMapper().readValue("{\"id\": [", Group.class));

		GenesysFailure failure = GenesysFailure.classify(parseError);

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
		assertThat(failure.message()).startsWith("Genesys sent a response body that is not the expected JSON: ");
	}

	@Test
	void findsAKnownFailureInsideWrappers() {
		GenesysRequestException limited = new GenesysRequestException(GenesysFailureKind.RATE_LIMITED, "slow down", 429,
				null, null, Duration.ofSeconds(90), null);

		GenesysFailure failure = GenesysFailure.classify(new RuntimeException(new IOException(limited)));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(90));
		assertThat(failure.message()).isEqualTo("slow down");
	}

	@Test
	void classifiesAnythingElseAsPermanent() {
		GenesysFailure failure = GenesysFailure.classify(new IllegalStateException("bug"));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
		assertThat(failure.retryable()).isFalse();
	}

	@Test
	void readsRetryAfterAsSecondsOrAsAnHttpDate() {
		java.time.Instant now = java.time.Instant.parse("2026-11-24T10:00:00Z");

		assertThat(RetryAfter.parse("3", now)).isEqualTo(Duration.ofSeconds(3));
		assertThat(RetryAfter.parse("Tue, 24 Nov 2026 10:01:00 GMT", now)).isEqualTo(Duration.ofMinutes(1));
		assertThat(RetryAfter.parse("soon", now)).isNull();
	}

	private static ApiException apiException(int status, Map<String, String> headers, String body) {
		return new ApiException(status, "error", headers, body);
	}

}
