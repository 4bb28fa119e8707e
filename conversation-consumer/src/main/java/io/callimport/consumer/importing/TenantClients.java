package io.callimport.consumer.importing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.SecretCipher.SecretDecryptionException;

/**
 * Each tenant's Genesys client, built from its stored settings and kept while the
 * settings' revision stays the same. The revision is read for every message (one indexed
 * row), so a change of credentials takes effect with the next message.
 */
@Component
class TenantClients {

	private static final Logger log = LoggerFactory.getLogger(TenantClients.class);

	private final GenesysSettingsRepository settings;

	private final GenesysClients clients;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	TenantClients(GenesysSettingsRepository settings, GenesysClients clients) {
		this.settings = settings;
		this.clients = clients;
	}

	/**
	 * @throws ImportFailureException {@code UNKNOWN_TENANT} without settings,
	 * {@code INVALID_SETTINGS} when they cannot be used
	 */
	GenesysClient clientFor(String tenantId) {
		Optional<Long> revision = this.settings.findRevision(tenantId);
		if (revision.isEmpty()) {
			this.cache.remove(tenantId);
			throw unknown(tenantId);
		}
		Cached cached = this.cache.get(tenantId);
		if (cached != null && cached.revision() == revision.get() && !cached.client().isClosed()) {
			return cached.client();
		}
		GenesysSettings current = load(tenantId);
		GenesysClient client = create(current);
		this.cache.put(tenantId, new Cached(current.revision(), client));
		if (cached != null) {
			log.info("Settings of tenant {} changed (revision {}); using its new Genesys client", tenantId,
					current.revision());
		}
		return client;
	}

	/**
	 * The tenant's client as last built, without reading the settings; null before the
	 * first import of the tenant.
	 */
	@Nullable GenesysClient cached(String tenantId) {
		Cached cached = this.cache.get(tenantId);
		return (cached != null && !cached.client().isClosed()) ? cached.client() : null;
	}

	private GenesysSettings load(String tenantId) {
		try {
			return this.settings.find(tenantId).orElseThrow(() -> unknown(tenantId));
		}
		catch (SecretDecryptionException ex) {
			throw new ImportFailureException(ReasonCode.INVALID_SETTINGS, ex.getMessage(), ex);
		}
	}

	private GenesysClient create(GenesysSettings settings) {
		try {
			return this.clients.forSettings(settings);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportFailureException(ReasonCode.INVALID_SETTINGS,
					"The Genesys settings of tenant " + settings.tenantId() + " cannot be used: " + ex.getMessage(),
					ex);
		}
	}

	private static ImportFailureException unknown(String tenantId) {
		String shown = (tenantId.length() > 64) ? tenantId.substring(0, 64) + "…" : tenantId;
		return new ImportFailureException(ReasonCode.UNKNOWN_TENANT, "No Genesys settings exist for tenant '" + shown
				+ "': this consumer does not serve it (create the tenant through the settings API)");
	}

	private record Cached(long revision, GenesysClient client) {
	}

}
