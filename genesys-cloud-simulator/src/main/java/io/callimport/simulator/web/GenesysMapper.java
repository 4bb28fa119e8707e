package io.callimport.simulator.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiDateFormat;

/**
 * The Jackson 2 mapper the Genesys SDK itself uses ({@code ApiClient.buildObjectMapper}
 * with its {@code ApiDateFormat}): non-null inclusion, enums by their wire value, dates
 * as {@code 2026-11-24T10:15:30.000Z}. Every Genesys-shaped body is written with it, so
 * the shapes are the SDK's own.
 */
public final class GenesysMapper {

	private static final ObjectMapper MAPPER = ApiClient.buildObjectMapper(new ApiDateFormat());

	private GenesysMapper() {
	}

	/** The shared instance; Jackson mappers are thread-safe once configured. */
	public static ObjectMapper get() {
		return MAPPER;
	}

	/**
	 * Sets properties the SDK models expose read-only (such as {@code id} or
	 * {@code selfUri}) the way the SDK fills them when it reads a response.
	 */
	public static <T> T withReadOnly(T model, java.util.Map<String, ?> values) {
		try {
			return MAPPER.updateValue(model, values);
		}
		catch (com.fasterxml.jackson.databind.JsonMappingException ex) {
			throw new IllegalArgumentException("Cannot set " + values.keySet() + " on " + model.getClass(), ex);
		}
	}

}
