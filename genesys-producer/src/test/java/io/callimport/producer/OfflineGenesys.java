package io.callimport.producer;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysCredentials;
import io.callimport.genesys.GenesysProperties;
import io.callimport.model.settings.ClientSecret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A Genesys client for unit tests whose gateways are fakes: it is handed through, never
 * used (it would log in only at its first request).
 */
public final class OfflineGenesys {

	private static final GenesysClients clients = new GenesysClients(GenesysProperties.defaults(),
			new SimpleMeterRegistry());

	private OfflineGenesys() {
	}

	public static GenesysClient client() {
		return clients.forTenant("tenant-unit",
				new GenesysCredentials("mypurecloud.com", "client-unit", new ClientSecret("secret-unit")));
	}

}
