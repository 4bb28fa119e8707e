package io.callimport.simulator.controlserver;

import java.time.Duration;
import java.util.List;

import io.callimport.simulator.fault.FaultRegistry;
import io.callimport.simulator.notification.SocketActions;
import io.callimport.simulator.web.RequestCounter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.callimport.simulator.control.ActionResult;
import io.callimport.simulator.control.ChannelView;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.RequestCounts;
import io.callimport.simulator.control.RuntimeFigures;

/**
 * Request counts, faults, channels and socket actions.
 */
@RestController
class SimulatorControlController {

	private final RequestCounter requests;

	private final FaultRegistry faults;

	private final SocketActions sockets;

	private final OrganizationStates states;

	SimulatorControlController(RequestCounter requests, FaultRegistry faults, SocketActions sockets,
			OrganizationStates states) {
		this.requests = requests;
		this.faults = faults;
		this.sockets = sockets;
		this.states = states;
	}

	@GetMapping("/simulator/requests")
	RequestCounts requests() {
		return this.requests.snapshot();
	}

	@DeleteMapping("/simulator/requests")
	ResponseEntity<Void> resetRequests() {
		this.requests.reset();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/simulator/runtime")
	RuntimeFigures runtime() {
		return RuntimeFigures.now();
	}

	@GetMapping("/simulator/faults")
	FaultSettings faults() {
		return this.faults.global();
	}

	@PutMapping("/simulator/faults")
	FaultSettings setFaults(@RequestBody FaultSettings settings) {
		this.faults.setGlobal(settings);
		return settings;
	}

	@GetMapping("/simulator/organizations/{orgId}/faults")
	FaultSettings organizationFaults(@PathVariable String orgId) {
		this.states.require(orgId);
		return this.faults.effective(orgId);
	}

	@PutMapping("/simulator/organizations/{orgId}/faults")
	FaultSettings setOrganizationFaults(@PathVariable String orgId, @RequestBody FaultSettings settings) {
		this.states.require(orgId);
		this.faults.setOrganization(orgId, settings);
		return settings;
	}

	@DeleteMapping("/simulator/organizations/{orgId}/faults")
	ResponseEntity<Void> clearOrganizationFaults(@PathVariable String orgId) {
		this.states.require(orgId);
		this.faults.setOrganization(orgId, null);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/simulator/organizations/{orgId}/channels")
	List<ChannelView> channels(@PathVariable String orgId) {
		this.states.require(orgId);
		return this.sockets.channels(orgId);
	}

	@PostMapping("/simulator/organizations/{orgId}/sockets/disconnect")
	ActionResult disconnect(@PathVariable String orgId, @RequestParam(defaultValue = "true") boolean abrupt,
			@RequestParam(required = false) @Nullable String channelId) {
		this.states.require(orgId);
		return new ActionResult(this.sockets.disconnect(orgId, channelId, abrupt));
	}

	@PostMapping("/simulator/organizations/{orgId}/sockets/socket-closing")
	ActionResult socketClosing(@PathVariable String orgId, @RequestParam(defaultValue = "PT1S") Duration closeAfter,
			@RequestParam(required = false) @Nullable String channelId) {
		this.states.require(orgId);
		return new ActionResult(this.sockets.socketClosing(orgId, channelId, closeAfter));
	}

	@PostMapping("/simulator/organizations/{orgId}/channels/expire")
	ActionResult expireChannels(@PathVariable String orgId,
			@RequestParam(required = false) @Nullable String channelId) {
		this.states.require(orgId);
		return new ActionResult(this.sockets.expire(orgId, channelId));
	}

}
