package io.callimport.consumer.failure;

import java.sql.SQLException;

import io.minio.errors.MinioException;
import org.jspecify.annotations.Nullable;

import org.springframework.amqp.AmqpException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.retry.WholeBodyInterceptor;

/**
 * The one place that says what a failure of an import means: every exception becomes an
 * {@link ImportFailureException} whose {@link ReasonCode} decides retry or dead-letter.
 */
final class FailureClassifier {

	private static final int MAX_DEPTH = 16;

	private FailureClassifier() {
	}

	static ImportFailureException classify(Throwable error) {
		Throwable cause = error;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
			ImportFailureException known = classifyOne(cause);
			if (known != null) {
				return known;
			}
		}
		return new ImportFailureException(ReasonCode.UNEXPECTED_ERROR, "Unexpected failure: " + error, error);
	}

	private static @Nullable ImportFailureException classifyOne(Throwable error) {
		if (error instanceof ImportFailureException known) {
			return known;
		}
		if (error instanceof GenesysException genesys) {
			return fromGenesys(genesys.failure(), genesys);
		}
		if (error instanceof DataAccessException || error instanceof TransactionException
				|| error instanceof SQLException) {
			return DatabaseFailures.classify(error);
		}
		if (error instanceof AmqpException) {
			return new ImportFailureException(ReasonCode.BROKER_UNAVAILABLE, "The broker failed: " + message(error),
					error);
		}
		if (error instanceof MinioException) {
			return new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE,
					"The object store failed: " + message(error), error);
		}
		return null;
	}

	private static ImportFailureException fromGenesys(GenesysFailure failure, GenesysException error) {
		if (failure.cause() instanceof WholeBodyInterceptor.ResponseTooLargeException) {
			return new ImportFailureException(ReasonCode.GENESYS_RESPONSE_TOO_LARGE, failure.message(), error);
		}
		ReasonCode code = switch (failure.kind()) {
			case TRANSIENT -> ReasonCode.GENESYS_UNAVAILABLE;
			case RATE_LIMITED -> ReasonCode.GENESYS_RATE_LIMITED;
			case UNAUTHORIZED -> ReasonCode.GENESYS_UNAUTHORIZED;
			case FORBIDDEN -> ReasonCode.GENESYS_FORBIDDEN;
			case NOT_FOUND -> ReasonCode.GENESYS_NOT_FOUND;
			case BAD_REQUEST -> ReasonCode.GENESYS_BAD_REQUEST;
			case PERMANENT -> ReasonCode.GENESYS_BAD_RESPONSE;
		};
		return new ImportFailureException(code, failure.message(), failure.retryAfter(), error);
	}

	/** The first line of the message: JDBC messages may carry whole statements. */
	static String message(Throwable error) {
		String text = String.valueOf(error.getMessage());
		int newline = text.indexOf('\n');
		return error.getClass().getSimpleName() + ": " + ((newline < 0) ? text : text.substring(0, newline));
	}

}
