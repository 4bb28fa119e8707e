package io.callimport.consumer.failure;

import org.junit.jupiter.api.Test;

import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.retry.WholeBodyInterceptor.ResponseTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API body over {@code genesys.max-api-body} has its own reason, not the generic "bad
 * response", and is not retried.
 */
class OversizedResponseClassificationTests {

	@Test
	void anApiBodyOverTheCapIsItsOwnPermanentReason() {
		GenesysException error = new GenesysException(
				GenesysFailure.classify(new ResponseTooLargeException("GET /api/v2/conversations/{id}", 200, 2048)));

		ImportFailureException failure = FailureClassifier.classify(error);

		assertThat(failure.code()).isEqualTo(ReasonCode.GENESYS_RESPONSE_TOO_LARGE);
		assertThat(failure.code().retryable()).isFalse();
		assertThat(failure).hasMessageContaining("with a body over the cap of 2048 bytes");
	}

}
