package io.callimport.genesys;

import java.io.IOException;

import com.mypurecloud.sdk.v2.ApiException;

/**
 * One call to an SDK API object, for {@link GenesysClient#call(GenesysCall)}.
 *
 * @param <T> what the call returns
 */
@FunctionalInterface
public interface GenesysCall<T> {

	T execute() throws IOException, ApiException;

}
