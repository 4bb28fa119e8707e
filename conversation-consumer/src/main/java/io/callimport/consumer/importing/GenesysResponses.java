package io.callimport.consumer.importing;

import com.mypurecloud.sdk.v2.ApiResponse;

import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;

/**
 * The SDK's {@code …WithHttpInfo} methods return an error as a response instead of
 * throwing it; this throws it, classified.
 */
final class GenesysResponses {

	private GenesysResponses() {
	}

	static <T> ApiResponse<T> requireSuccess(ApiResponse<T> response) {
		Exception error = response.getException();
		if (error != null) {
			throw new GenesysException(GenesysFailure.classify(error));
		}
		return response;
	}

}
