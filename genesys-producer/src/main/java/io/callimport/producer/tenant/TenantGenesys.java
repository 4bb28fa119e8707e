package io.callimport.producer.tenant;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.model.settings.GenesysSettingsRepository;

/**
 * The tenant's stored Genesys settings and the client for them. {@link GenesysClients}
 * keeps one client per tenant and replaces it when the credentials change.
 */
@Component
public class TenantGenesys {

	private final TenantProperties tenant;

	private final GenesysSettingsRepository settings;

	private final GenesysClients clients;

	TenantGenesys(TenantProperties tenant, GenesysSettingsRepository settings, GenesysClients clients) {
		this.tenant = tenant;
		this.settings = settings;
		this.clients = clients;
	}

	public String tenantId() {
		return this.tenant.id();
	}

	/** The stored settings, if the tenant has been set up. */
	public Optional<GenesysSettings> settings() {
		return this.settings.find(this.tenant.id());
	}

	/** The current settings revision, cheap enough to poll. */
	public Optional<Long> revision() {
		return this.settings.findRevision(this.tenant.id());
	}

	public GenesysClient client(GenesysSettings settings) {
		return this.clients.forSettings(settings);
	}

	/** The client for the stored settings, if the tenant has been set up. */
	public Optional<GenesysClient> client() {
		return settings().map(this::client);
	}

}
