package io.callimport.simulator.oauthclient;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.OAuthClientEntityListing;
import com.mypurecloud.sdk.v2.model.OAuthClientListing;
import com.mypurecloud.sdk.v2.model.OAuthClientRequest;
import com.mypurecloud.sdk.v2.model.RoleDivision;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.auth.TokenRegistry;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOAuthClient;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.organization.SimulatedRole;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/oauth/clients}. Only the client-credentials grant is simulated. A user
 * can give a client only roles they hold themselves (why the premium-app flow grants the
 * new role to the installer first); a deleted client's tokens stop working.
 */
@RestController
@RequestMapping("/api/v2/oauth/clients")
class OAuthClientsController {

	private static final long DEFAULT_VALIDITY_SECONDS = 86_400;

	private final OrganizationRegistry organizations;

	private final TokenRegistry tokens;

	private final Clock clock;

	OAuthClientsController(OrganizationRegistry organizations, TokenRegistry tokens, Clock clock) {
		this.organizations = organizations;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	GenesysJson list(HttpServletRequest request) {
		List<OAuthClientListing> clients = CallerOrganization.of(this.organizations, request)
			.oauthClients()
			.all()
			.stream()
			.map(OAuthClientModels::listing)
			.toList();
		return GenesysJson.of(new OAuthClientEntityListing().entities(clients)
			.pageSize(Math.max(25, clients.size()))
			.pageNumber(1)
			.total((long) clients.size())
			.pageCount(1));
	}

	@GetMapping("/{clientId}")
	GenesysJson client(@PathVariable String clientId, HttpServletRequest request) {
		return GenesysJson
			.of(OAuthClientModels.client(find(CallerOrganization.of(this.organizations, request), clientId), false));
	}

	@PostMapping
	GenesysJson create(@RequestBody String body, HttpServletRequest request) {
		OAuthClientRequest client = parse(body);
		if (client.getAuthorizedGrantType() != OAuthClientRequest.AuthorizedGrantTypeEnum.CLIENT_CREDENTIALS) {
			throw GenesysApiException
				.badRequest("authorizedGrantType must be CLIENT-CREDENTIALS (the only grant the simulator creates)");
		}
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		List<String> roleIds = roles(org, client, AccessToken.of(request));
		long validity = (client.getAccessTokenValiditySeconds() != null) ? client.getAccessTokenValiditySeconds()
				: DEFAULT_VALIDITY_SECONDS;
		SimulatedOAuthClient created = org.oauthClients()
			.create(name(client), description(client), "CLIENT-CREDENTIALS", roleIds, validity,
					AccessToken.of(request).userId(), this.clock.instant());
		return GenesysJson.of(OAuthClientModels.client(created, true));
	}

	@PutMapping("/{clientId}")
	GenesysJson update(@PathVariable String clientId, @RequestBody String body, HttpServletRequest request) {
		OAuthClientRequest client = parse(body);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		find(org, clientId);
		List<String> roleIds = roles(org, client, AccessToken.of(request));
		SimulatedOAuthClient updated = org.oauthClients()
			.update(clientId, name(client), description(client), roleIds, this.clock.instant());
		return GenesysJson.of(OAuthClientModels.client(updated, false));
	}

	@PostMapping("/{clientId}/secret")
	GenesysJson newSecret(@PathVariable String clientId, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		find(org, clientId);
		return GenesysJson
			.of(OAuthClientModels.client(org.oauthClients().regenerateSecret(clientId, this.clock.instant()), true));
	}

	@DeleteMapping("/{clientId}")
	ResponseEntity<Void> delete(@PathVariable String clientId, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		find(org, clientId);
		org.oauthClients().delete(clientId);
		this.tokens.revokeClient(org.id(), clientId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The roles of a request ({@code roleIds} and {@code roleDivisions}): they must exist
	 * and, for a user, be theirs.
	 */
	private static List<String> roles(SimulatedOrganization org, OAuthClientRequest client, AccessToken caller) {
		java.util.LinkedHashSet<String> roleIds = new java.util.LinkedHashSet<>();
		if (client.getRoleIds() != null) {
			roleIds.addAll(client.getRoleIds());
		}
		if (client.getRoleDivisions() != null) {
			client.getRoleDivisions().stream().map(RoleDivision::getRoleId).forEach(roleIds::add);
		}
		if (roleIds.isEmpty()) {
			throw GenesysApiException.badRequest("A client-credentials client needs at least one role");
		}
		Set<String> held = (caller.userId() != null)
				? Set.copyOf(org.roles().of(caller.userId()).stream().map(SimulatedRole::id).toList()) : null;
		for (String roleId : roleIds) {
			if (org.roles().find(roleId).isEmpty()) {
				throw GenesysApiException.badRequest("Role " + roleId + " does not exist");
			}
			if (held != null && !held.contains(roleId)) {
				throw new GenesysApiException(400, "bad.request",
						"You cannot assign role " + roleId + " to an OAuth client: you do not hold it yourself");
			}
		}
		return List.copyOf(roleIds);
	}

	private static SimulatedOAuthClient find(SimulatedOrganization org, String clientId) {
		return org.oauthClients()
			.find(clientId)
			.orElseThrow(() -> GenesysApiException.notFound("OAuth client " + clientId));
	}

	private static String name(OAuthClientRequest client) {
		if (client.getName() == null || client.getName().isBlank()) {
			throw GenesysApiException.badRequest("An OAuth client needs a name");
		}
		return client.getName().trim();
	}

	private static String description(OAuthClientRequest client) {
		return (client.getDescription() != null) ? client.getDescription() : "";
	}

	private static OAuthClientRequest parse(String body) {
		try {
			return GenesysMapper.get().readValue(body, OAuthClientRequest.class);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException.badRequest("The request body is not an OAuth client: " + ex.getOriginalMessage());
		}
	}

}
