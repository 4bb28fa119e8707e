package io.callimport.simulator.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's installed integrations. Thread-safe.
 */
public final class Integrations {

	/** Genesys' limit of a configuration's notes. */
	public static final int MAX_NOTES = 500;

	private final Map<String, SimulatedIntegration> integrations = new LinkedHashMap<>();

	public synchronized SimulatedIntegration install(String integrationTypeId, String name) {
		SimulatedIntegration integration = new SimulatedIntegration(UUID.randomUUID().toString(), integrationTypeId,
				name, 1, "");
		this.integrations.put(integration.id(), integration);
		return integration;
	}

	public synchronized Optional<SimulatedIntegration> find(String integrationId) {
		return Optional.ofNullable(this.integrations.get(integrationId));
	}

	public synchronized List<SimulatedIntegration> all() {
		return List.copyOf(this.integrations.values());
	}

	/**
	 * Replaces the current configuration, if {@code version} is the current one.
	 * @throws IllegalStateException for another version (409)
	 * @throws IllegalArgumentException for notes over {@value #MAX_NOTES} characters
	 */
	public synchronized SimulatedIntegration configure(String integrationId, int version, String name, String notes) {
		SimulatedIntegration current = find(integrationId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown integration " + integrationId));
		if (version != current.configVersion()) {
			throw new IllegalStateException("The configuration version is " + current.configVersion() + ", not "
					+ version + ": read the current configuration first");
		}
		if (notes.length() > MAX_NOTES) {
			throw new IllegalArgumentException("notes must be at most " + MAX_NOTES + " characters");
		}
		SimulatedIntegration updated = current.withConfig(name, notes);
		this.integrations.put(integrationId, updated);
		return updated;
	}

}
