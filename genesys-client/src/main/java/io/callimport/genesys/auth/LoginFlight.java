package io.callimport.genesys.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;

/**
 * One login under way. The caller that started it completes it; every caller that arrived
 * meanwhile waits for the same outcome, success or failure.
 */
final class LoginFlight {

	private final CompletableFuture<AccessToken> outcome = new CompletableFuture<>();

	void succeeded(AccessToken token) {
		this.outcome.complete(token);
	}

	void failed(Exception failure) {
		this.outcome.completeExceptionally(failure);
	}

	AccessToken await(String clientId) throws GenesysRequestException {
		try {
			return this.outcome.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GenesysRequestException(GenesysFailureKind.TRANSIENT,
					"Interrupted while waiting for the login of OAuth client '" + clientId + "'", 0, null, null, null,
					ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof GenesysRequestException request) {
				throw request;
			}
			throw (RuntimeException) ex.getCause();
		}
	}

}
