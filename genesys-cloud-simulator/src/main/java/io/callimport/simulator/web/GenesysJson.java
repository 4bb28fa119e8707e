package io.callimport.simulator.web;

/**
 * A response body in Genesys' wire format: written by {@link GenesysJsonConverter} with
 * the SDK's own mapper (the control API uses Spring's default JSON instead).
 *
 * @param body an SDK model object, a list of them, or a map shaped like Genesys' JSON
 */
public record GenesysJson(Object body) {

	public static GenesysJson of(Object body) {
		return new GenesysJson(body);
	}

}
