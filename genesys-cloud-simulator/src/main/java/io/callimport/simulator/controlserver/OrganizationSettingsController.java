package io.callimport.simulator.controlserver;

import io.callimport.simulator.organization.SimulatedOrganization;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.callimport.simulator.control.OrganizationSettings;

/**
 * Reads and retunes a live organisation's limits and timings
 * ({@link OrganizationSettings}), so a benchmark can switch them between phases without
 * replacing the organisation and its running clients' tokens and channels.
 */
@RestController
@RequestMapping("/simulator/organizations/{orgId}/settings")
class OrganizationSettingsController {

	private final OrganizationStates states;

	OrganizationSettingsController(OrganizationStates states) {
		this.states = states;
	}

	@GetMapping
	OrganizationSettings settings(@PathVariable String orgId) {
		return OrganizationSettings.of(this.states.require(orgId).scenario());
	}

	@PatchMapping
	OrganizationSettings update(@PathVariable String orgId, @RequestBody OrganizationSettings change) {
		SimulatedOrganization org = this.states.require(orgId);
		org.updateScenario(change::applyTo);
		return OrganizationSettings.of(org.scenario());
	}

}
