package io.callimport.simulator.web;

import java.io.IOException;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes {@link GenesysJson} bodies with {@link GenesysMapper}. Genesys request bodies
 * are read by the controllers themselves (as text) so a malformed body gets a Genesys
 * 400.
 */
class GenesysJsonConverter extends AbstractHttpMessageConverter<GenesysJson> {

	GenesysJsonConverter() {
		super(MediaType.APPLICATION_JSON);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return GenesysJson.class.equals(clazz);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected GenesysJson readInternal(Class<? extends GenesysJson> clazz, HttpInputMessage inputMessage) {
		throw new HttpMessageNotReadableException("Genesys bodies are read by the controllers", inputMessage);
	}

	@Override
	protected void writeInternal(GenesysJson json, HttpOutputMessage outputMessage) throws IOException {
		GenesysMapper.get().writeValue(outputMessage.getBody(), json.body());
	}

}
