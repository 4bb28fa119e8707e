package io.callimport.simulator.controlserver;

import java.time.Clock;
import java.util.List;

import io.callimport.simulator.auth.TokenRegistry;
import io.callimport.simulator.conversation.CallService;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.traffic.TrafficGenerator;
import io.callimport.simulator.web.GenesysApiException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.callimport.simulator.control.ActionResult;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.CallsCreated;
import io.callimport.simulator.control.GroupMembersChange;
import io.callimport.simulator.control.GroupMembersChanged;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;

/**
 * Organisations, their traffic, explicit calls, group membership and tokens.
 */
@RestController
@RequestMapping("/simulator/organizations")
class OrganizationsControlController {

	private final OrganizationRegistry organizations;

	private final OrganizationStates states;

	private final TrafficGenerator traffic;

	private final CallService calls;

	private final TokenRegistry tokens;

	private final Clock clock;

	OrganizationsControlController(OrganizationRegistry organizations, OrganizationStates states,
			TrafficGenerator traffic, CallService calls, TokenRegistry tokens, Clock clock) {
		this.organizations = organizations;
		this.states = states;
		this.traffic = traffic;
		this.calls = calls;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	List<OrganizationState> list() {
		return this.organizations.all().stream().map(this.states::state).toList();
	}

	@PutMapping("/{orgId}")
	OrganizationState put(@PathVariable String orgId, @RequestBody OrganizationScenario scenario) {
		return this.states.state(this.organizations.put(orgId, scenario));
	}

	@GetMapping("/{orgId}")
	OrganizationState get(@PathVariable String orgId) {
		return this.states.state(this.states.require(orgId));
	}

	@DeleteMapping("/{orgId}")
	ResponseEntity<Void> delete(@PathVariable String orgId) {
		if (!this.organizations.remove(orgId)) {
			throw GenesysApiException.notFound("Organization " + orgId);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{orgId}/traffic/start")
	OrganizationState startTraffic(@PathVariable String orgId) {
		SimulatedOrganization org = this.states.require(orgId);
		this.traffic.start(org);
		return this.states.state(org);
	}

	@PostMapping("/{orgId}/traffic/stop")
	OrganizationState stopTraffic(@PathVariable String orgId) {
		SimulatedOrganization org = this.states.require(orgId);
		this.traffic.stop(orgId);
		return this.states.state(org);
	}

	@PostMapping("/{orgId}/calls")
	CallsCreated calls(@PathVariable String orgId, @RequestBody CallRequest request) {
		return new CallsCreated(this.calls.start(this.states.require(orgId), request));
	}

	@PostMapping("/{orgId}/group/members")
	GroupMembersChanged addMembers(@PathVariable String orgId, @RequestBody GroupMembersChange change) {
		SimulatedOrganization org = this.states.require(orgId);
		return new GroupMembersChanged(
				org.directory().addMembers(change.userIds(), change.create(), this.clock.instant()));
	}

	@DeleteMapping("/{orgId}/group/members/{userId}")
	ResponseEntity<Void> removeMember(@PathVariable String orgId, @PathVariable String userId) {
		if (!this.states.require(orgId).directory().removeMember(userId, this.clock.instant())) {
			throw GenesysApiException.notFound("Group member " + userId);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{orgId}/tokens/revoke")
	ActionResult revokeTokens(@PathVariable String orgId) {
		this.states.require(orgId);
		return new ActionResult(this.tokens.revoke(orgId));
	}

}
