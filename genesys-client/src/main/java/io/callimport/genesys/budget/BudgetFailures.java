package io.callimport.genesys.budget;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;

/**
 * The exceptions a request ends in when the budget refuses it: no permit in time, or the
 * store out of reach. They name the OAuth client id, never a secret.
 */
final class BudgetFailures {

	private BudgetFailures() {
	}

	/** No permit within the maximum wait; {@code retryAfter} is the estimated wait. */
	static GenesysRequestException exhausted(String clientId, Lane lane, Duration maxWait, long nanosToWait) {
		// a bucket another process made smaller than this one knows may report no end
		long wait = Math.min(Math.max(nanosToWait, TimeUnit.SECONDS.toNanos(1)), TimeUnit.HOURS.toNanos(1));
		return new GenesysRequestException(GenesysFailureKind.RATE_LIMITED,
				"No Genesys request budget for the " + lane + " lane within " + maxWait.toMillis()
						+ " ms; OAuth client " + clientId
						+ " has used up its requests per minute or is paused, try again later",
				0, null, null, Duration.ofNanos(wait), null);
	}

	/** The store (the shared budget's database) failed. */
	static GenesysRequestException storeUnavailable(String clientId, RuntimeException ex) {
		return new GenesysRequestException(GenesysFailureKind.TRANSIENT,
				"The Genesys request budget of OAuth client " + clientId + " is unavailable: " + ex, 0, null, null,
				null, ex);
	}

}
