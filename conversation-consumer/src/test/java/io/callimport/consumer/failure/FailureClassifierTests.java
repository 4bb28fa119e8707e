package io.callimport.consumer.failure;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.AmqpConnectException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import io.callimport.model.messaging.PublishFailedException;
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
	void integrityAndDataErrorsArePermanentWithTheirStateAndConstraintButNoValue() {
		PSQLException clash = new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value violates"
				+ " unique constraint \"calls_pkey\"\0DKey (id)=(secret-caller-42) already exists.\0tcalls\0ncalls_pkey\0"));
		ImportFailureException failure = FailureClassifier
			.classify(new DuplicateKeyException("PreparedStatementCallback; secret-caller-42", clash));
		assertThat(failure.code()).isEqualTo(ReasonCode.DATA_REJECTED);
		assertThat(failure.getMessage()).contains("23505", "calls_pkey").doesNotContain("secret-caller-42");
		assertThat(ReasonCode.DATA_REJECTED.retryable()).isFalse();

		// jsonb refuses NUL's escape; the detail quotes the JSON
		PSQLException nul = new PSQLException(new ServerErrorMessage("SERROR\0C22P05\0Munsupported Unicode escape"
				+ " sequence\0DThe caller tel:+15550001 cannot be converted to text.\0"));
		assertThat(FailureClassifier.classify(new DataIntegrityViolationException("bad", nul)).getMessage())
			.isEqualTo("PostgreSQL rejected the call's data (SQLState 22P05)");
		assertThat(code(new UncategorizedSQLException("update", "UPDATE calls",
				new SQLException("value too long for type character varying(5)", "22001"))))
			.isEqualTo(ReasonCode.DATA_REJECTED);
		assertThat(code(new BadSqlGrammarException("update", "UPDATE calls",
				new SQLException("relation \"calls\" does not exist", "42P01"))))
			.isEqualTo(ReasonCode.DATABASE_ERROR);
		assertThat(ReasonCode.DATABASE_ERROR.retryable()).isFalse();
	}

	@Test
	void connectionTimeoutSerializationAndDeadlockFailuresAreTransient() {
		for (String state : new String[] { "08006", "08001", "40001", "40P01", "53300", "57014", "57P01", "55P03" }) {
			assertThat(code(new TransientDataAccessResourceException("x", new SQLException("failed", state)))).as(state)
				.isEqualTo(ReasonCode.DATABASE_UNAVAILABLE);
		}
		assertThat(code(new CannotCreateTransactionException("no connection")))
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
