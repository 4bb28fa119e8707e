package io.callimport.simulator.organization;

/**
 * An installed integration (what AppFoundry creates when an organisation installs an
 * app), with its current configuration.
 *
 * @param id the integration id
 * @param integrationTypeId its type
 * @param name its name
 * @param configVersion the version of its current configuration
 * @param notes the configuration's notes (at most 500 characters)
 */
public record SimulatedIntegration(String id, String integrationTypeId, String name, int configVersion, String notes) {

	SimulatedIntegration withConfig(String configName, String newNotes) {
		return new SimulatedIntegration(this.id, this.integrationTypeId, configName, this.configVersion + 1, newNotes);
	}

}
