package io.callimport.consumer.failure;

import java.net.SocketTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.AmqpConnectException;
import org.springframework.dao.DataAccessResourceFailureException;

import io.callimport.consumer.messaging.PublishFailedException;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTests {

	@Test
	void genesysKindsMapToReasonCodes() {
		assertThat(code(genesys(GenesysFailureKind.TRANSIENT, 503))).isEqualTo(ReasonCode.GENESYS_UNAVAILABLE);
		assertThat(code(genesys(GenesysFailureKind.FORBIDDEN, 403))).isEqualTo(ReasonCode.GENESYS_FORBIDDEN);
		assertThat(code(genesys(GenesysFailureKind.UNAUTHORIZED, 401))).isEqualTo(ReasonCode.GENESYS_UNAUTHORIZED);
		assertThat(code(genesys(GenesysFailureKind.PERMANENT, 200))).isEqualTo(ReasonCode.GENESYS_BAD_RESPONSE);
		assertThat(ReasonCode.GENESYS_UNAVAILABLE.retryable()).isTrue();
		assertThat(ReasonCode.GENESYS_FORBIDDEN.retryable()).isFalse();
	}

	@Test
	void rateLimitCarriesTheWait() {
		GenesysException limited = new GenesysException(new GenesysFailure(GenesysFailureKind.RATE_LIMITED, 429,
				"too.many.requests.retry.after", "corr-1", Duration.ofSeconds(42), "Genesys answered HTTP 429", null));

		ImportFailureException failure = FailureClassifier.classify(limited);

		assertThat(failure.code()).isEqualTo(ReasonCode.GENESYS_RATE_LIMITED);
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(42));
	}

	@Test
	void infrastructureFailuresAreTransient() {
		assertThat(code(new DataAccessResourceFailureException("connection refused")))
			.isEqualTo(ReasonCode.DATABASE_UNAVAILABLE);
		assertThat(code(new AmqpConnectException(new java.net.ConnectException("refused"))))
			.isEqualTo(ReasonCode.BROKER_UNAVAILABLE);
		assertThat(code(new PublishFailedException("nacked"))).isEqualTo(ReasonCode.BROKER_UNAVAILABLE);
		assertThat(code(new IllegalStateException("wrapped", new DataAccessResourceFailureException("down"))))
			.isEqualTo(ReasonCode.DATABASE_UNAVAILABLE);
	}

	@Test
	void knownFailureKeepsItsCodeAndUnknownOneIsUnexpected() {
		ImportFailureException known = new ImportFailureException(ReasonCode.BAD_DATA, "no start");
		assertThat(FailureClassifier.classify(known)).isSameAs(known);

		ImportFailureException unexpected = FailureClassifier.classify(new NullPointerException("oops"));
		assertThat(unexpected.code()).isEqualTo(ReasonCode.UNEXPECTED_ERROR);
		assertThat(unexpected.getMessage()).contains("NullPointerException", "oops");
		assertThat(code(new SocketTimeoutException("read"))).isEqualTo(ReasonCode.UNEXPECTED_ERROR);
	}

	private static GenesysException genesys(GenesysFailureKind kind, int status) {
		return new GenesysException(
				new GenesysFailure(kind, status, null, null, null, "Genesys answered HTTP " + status, null));
	}

	private static ReasonCode code(Throwable error) {
		return FailureClassifier.classify(error).code();
	}

}
