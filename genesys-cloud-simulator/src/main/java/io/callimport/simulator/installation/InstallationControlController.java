package io.callimport.simulator.installation;

import java.time.Clock;
import java.util.Locale;

import io.callimport.simulator.fault.ScheduledFailures;
import io.callimport.simulator.login.LoginClients;
import io.callimport.simulator.organization.AdminLogin;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedIntegration;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control API of installation scenarios (see the package description).
 */
@RestController
class InstallationControlController {

	private final OrganizationRegistry organizations;

	private final LoginClients loginClients;

	private final ScheduledFailures failures;

	private final Clock clock;

	InstallationControlController(OrganizationRegistry organizations, LoginClients loginClients,
			ScheduledFailures failures, Clock clock) {
		this.organizations = organizations;
		this.loginClients = loginClients;
		this.failures = failures;
		this.clock = clock;
	}

	@PutMapping("/simulator/login-clients/{clientId}")
	ResponseEntity<Void> loginClient(@PathVariable String clientId, @RequestBody LoginClientRegistration registration) {
		this.loginClients.register(clientId, registration.redirectUris());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/simulator/organizations/{orgId}/admins")
	AdminCreated admin(@PathVariable String orgId, @RequestBody AdminRequest request) {
		SimulatedOrganization org = require(orgId);
		String email = (request.email() != null) ? request.email()
				: request.name().trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@" + org.domain();
		AdminLogin admin = org.addAdministrator(request.name().trim(), email, request.password(), request.permissions(),
				this.clock.instant());
		return new AdminCreated(orgId, admin.userId(), request.name().trim(), admin.email());
	}

	@PostMapping("/simulator/organizations/{orgId}/integrations")
	IntegrationCreated integration(@PathVariable String orgId, @RequestBody IntegrationRequest request) {
		if (request.integrationTypeId() == null || request.integrationTypeId().isBlank()) {
			throw new IllegalArgumentException("integrationTypeId is required");
		}
		String name = (request.name() != null) ? request.name() : request.integrationTypeId();
		SimulatedIntegration integration = require(orgId).integrations().install(request.integrationTypeId(), name);
		return new IntegrationCreated(integration.id(), integration.integrationTypeId(), integration.name());
	}

	@PostMapping("/simulator/organizations/{orgId}/request-failures")
	ResponseEntity<Void> fail(@PathVariable String orgId, @RequestBody RequestFailure failure) {
		require(orgId);
		this.failures.plan(orgId, failure.method(), failure.path(), failure.status(),
				(failure.times() != null) ? failure.times() : 1);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/simulator/organizations/{orgId}/request-failures")
	ResponseEntity<Void> clearFailures(@PathVariable String orgId) {
		this.failures.clear(orgId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/simulator/organizations/{orgId}/installation")
	InstalledObjects installation(@PathVariable String orgId) {
		return InstalledObjectsView.of(require(orgId));
	}

	private SimulatedOrganization require(String orgId) {
		return this.organizations.find(orgId).orElseThrow(() -> GenesysApiException.notFound("Organization " + orgId));
	}

}
