package io.callimport.genesys;

import java.util.Objects;

import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettings;

/**
 * What a tenant logs in to Genesys with. {@link #toString()} masks the secret.
 *
 * @param region the region domain, e.g. {@code mypurecloud.ie}
 * @param clientId the OAuth client (client-credentials grant)
 * @param secret the OAuth client's secret
 */
public record GenesysCredentials(String region, String clientId, ClientSecret secret) {

	public GenesysCredentials {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(secret, "secret");
		if (region.isBlank() || clientId.isBlank()) {
			throw new IllegalArgumentException("Genesys credentials need a region and a client id");
		}
	}

	public static GenesysCredentials of(GenesysSettings settings) {
		return new GenesysCredentials(settings.region(), settings.clientId(), settings.clientSecret());
	}

}
