package io.callimport.simulator.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Genesys API error: rendered as an {@code ErrorBody} with this status and code.
 */
public class GenesysApiException extends RuntimeException {

	private final int status;

	private final String code;

	private final Map<String, String> headers;

	public GenesysApiException(int status, String code, String message) {
		this(status, code, message, Map.of());
	}

	public GenesysApiException(int status, String code, String message, Map<String, String> headers) {
		super(message);
		this.status = status;
		this.code = code;
		this.headers = Map.copyOf(headers);
	}

	public static GenesysApiException badRequest(String message) {
		return new GenesysApiException(400, "bad.request", message);
	}

	public static GenesysApiException notFound(@Nullable String what) {
		String message = (what != null) ? what + " not found" : "The requested resource was not found.";
		return new GenesysApiException(404, "not.found", message);
	}

	public static GenesysApiException unauthorized(String message) {
		return new GenesysApiException(401, "bad.credentials", message);
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Map<String, String> headers() {
		return this.headers;
	}

}
