package io.callimport.simulator.login;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.auth.TokenRegistry;
import io.callimport.simulator.login.AuthorizationCodes.PendingCode;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.RequestCounter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /oauth/token} with {@code grant_type=authorization_code}: a public client
 * (no secret) redeems a code with the PKCE {@code code_verifier}; the token is the
 * signed-in user's.
 */
@RestController
class AuthorizationCodeGrantController {

	private final AuthorizationCodes codes;

	private final OrganizationRegistry organizations;

	private final TokenRegistry tokens;

	AuthorizationCodeGrantController(AuthorizationCodes codes, OrganizationRegistry organizations,
			TokenRegistry tokens) {
		this.codes = codes;
		this.organizations = organizations;
		this.tokens = tokens;
	}

	@PostMapping(path = "/oauth/token", params = "grant_type=authorization_code")
	ResponseEntity<GenesysJson> token(@RequestParam(defaultValue = "") String code,
			@RequestParam(name = "client_id", defaultValue = "") String clientId,
			@RequestParam(name = "redirect_uri", defaultValue = "") String redirectUri,
			@RequestParam(name = "code_verifier", defaultValue = "") String codeVerifier, HttpServletRequest request) {
		Optional<PendingCode> pending = this.codes.redeem(code, clientId, redirectUri, codeVerifier);
		Optional<SimulatedOrganization> organization = pending
			.flatMap((signIn) -> this.organizations.find(signIn.organizationId()));
		RequestCounter.tag(request, organization.map(SimulatedOrganization::id).orElse(null), clientId);
		if (pending.isEmpty() || organization.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(GenesysJson.of(Map.of("error", "invalid_grant", "description",
						"The code is unknown, used, expired, or does not match client_id, redirect_uri or code_verifier",
						"error_description", "invalid authorization code")));
		}
		AccessToken token = this.tokens.issue(organization.get(), clientId, pending.get().userId());
		AuthResponse response = new AuthResponse();
		response.setAccess_token(token.value());
		response.setToken_type("bearer");
		response.setExpires_in((int) Duration.between(token.issuedAt(), token.expiresAt()).toSeconds());
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(GenesysJson.of(response));
	}

}
