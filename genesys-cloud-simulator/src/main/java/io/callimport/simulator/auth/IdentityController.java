package io.callimport.simulator.auth;

import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.NamedEntity;
import com.mypurecloud.sdk.v2.model.OrgOAuthClient;
import com.mypurecloud.sdk.v2.model.Organization;
import com.mypurecloud.sdk.v2.model.TokenInfo;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v2/tokens/me} and {@code GET /api/v2/organizations/me}: who the token
 * belongs to, so a client can check the organisation it was configured with.
 */
@RestController
class IdentityController {

	private final OrganizationRegistry organizations;

	IdentityController(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/v2/tokens/me")
	GenesysJson tokenInfo(HttpServletRequest request) {
		AccessToken token = AccessToken.of(request);
		SimulatedOrganization organization = organization(token);
		NamedEntity org = named(organization.id(), organization.name());
		OrgOAuthClient client = GenesysMapper
			.withReadOnly(new OrgOAuthClient(), Map.of("id", token.clientId(), "organization", org))
			.name(token.clientId())
			.authorizedGrantType(OrgOAuthClient.AuthorizedGrantTypeEnum.CLIENT_CREDENTIALS)
			.state(OrgOAuthClient.StateEnum.ACTIVE);
		TokenInfo info = GenesysMapper
			.withReadOnly(new TokenInfo(),
					Map.of("authorizedScope", List.of(), "organization", org, "homeOrganization", org))
			.oAuthClient(client);
		return GenesysJson.of(info);
	}

	@GetMapping("/api/v2/organizations/me")
	GenesysJson organization(HttpServletRequest request) {
		SimulatedOrganization organization = organization(AccessToken.of(request));
		Organization body = GenesysMapper
			.withReadOnly(new Organization(),
					Map.of("id", organization.id(), "thirdPartyOrgName", organization.domain().split("\\.")[0],
							"selfUri", "/api/v2/organizations/" + organization.id()))
			.name(organization.name())
			.domain(organization.domain())
			.defaultLanguage("en-us")
			.defaultCountryCode("US")
			.version(1)
			.state(Organization.StateEnum.ACTIVE);
		return GenesysJson.of(body);
	}

	private SimulatedOrganization organization(AccessToken token) {
		return this.organizations.find(token.organizationId())
			.orElseThrow(() -> GenesysApiException.unauthorized("Invalid login credentials."));
	}

	private static NamedEntity named(String id, String name) {
		return GenesysMapper.withReadOnly(new NamedEntity(), Map.of("id", id, "name", name));
	}

}
