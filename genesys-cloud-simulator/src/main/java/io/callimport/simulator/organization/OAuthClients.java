package io.callimport.simulator.organization;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The OAuth clients created through the API (the scenario's clients are separate).
 * Thread-safe.
 */
public final class OAuthClients {

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SimulatedOAuthClient> clients = new LinkedHashMap<>();

	public synchronized SimulatedOAuthClient create(String name, String description, String grantType,
			List<String> roleIds, long accessTokenValiditySeconds, @Nullable String createdBy, Instant now) {
		SimulatedOAuthClient client = new SimulatedOAuthClient(UUID.randomUUID().toString(), name, description,
				newSecret(), grantType, roleIds, accessTokenValiditySeconds, createdBy, now, now);
		this.clients.put(client.id(), client);
		return client;
	}

	public synchronized Optional<SimulatedOAuthClient> find(String clientId) {
		return Optional.ofNullable(this.clients.get(clientId));
	}

	public synchronized List<SimulatedOAuthClient> all() {
		return List.copyOf(this.clients.values());
	}

	public synchronized SimulatedOAuthClient update(String clientId, String name, String description,
			List<String> roleIds, Instant now) {
		SimulatedOAuthClient current = require(clientId);
		SimulatedOAuthClient updated = new SimulatedOAuthClient(clientId, name, description, current.secret(),
				current.grantType(), roleIds, current.accessTokenValiditySeconds(), current.createdByUserId(),
				current.dateCreated(), now);
		this.clients.put(clientId, updated);
		return updated;
	}

	/** A new secret; the old one stops working at once. */
	public synchronized SimulatedOAuthClient regenerateSecret(String clientId, Instant now) {
		SimulatedOAuthClient updated = require(clientId).withSecret(newSecret(), now);
		this.clients.put(clientId, updated);
		return updated;
	}

	public synchronized boolean delete(String clientId) {
		return this.clients.remove(clientId) != null;
	}

	/** A deleted role is no longer any client's. */
	public synchronized void removeRole(String roleId, Instant now) {
		this.clients.replaceAll((id, client) -> client.roleIds().contains(roleId)
				? client.withRoles(client.roleIds().stream().filter((r) -> !r.equals(roleId)).toList(), now) : client);
	}

	private SimulatedOAuthClient require(String clientId) {
		return find(clientId).orElseThrow(() -> new IllegalArgumentException("Unknown OAuth client " + clientId));
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
