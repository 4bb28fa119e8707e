package io.callimport.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.RequestCounter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /oauth/token}: the client-credentials grant of Genesys' login host.
 */
@RestController
class OAuthTokenController {

	private final OrganizationRegistry organizations;

	private final TokenRegistry tokens;

	OAuthTokenController(OrganizationRegistry organizations, TokenRegistry tokens) {
		this.organizations = organizations;
		this.tokens = tokens;
	}

	@PostMapping("/oauth/token")
	ResponseEntity<GenesysJson> token(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam(name = "grant_type", required = false) @Nullable String grantType,
			HttpServletRequest request) {
		String[] credentials = basicCredentials(authorization);
		if (credentials == null) {
			return error(401, "invalid_client", "client authentication is required (HTTP Basic)");
		}
		Optional<SimulatedOrganization> organization = this.organizations.byClientId(credentials[0]);
		RequestCounter.tag(request, organization.map(SimulatedOrganization::id).orElse(null), credentials[0]);
		boolean secretMatches = organization.flatMap((org) -> org.client(credentials[0]))
			.map(OAuthClientCredentials::clientSecret)
			.filter((secret) -> java.security.MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
					credentials[1].getBytes(StandardCharsets.UTF_8)))
			.isPresent();
		if (!secretMatches) {
			return error(401, "invalid_client", "client not found or bad client credentials");
		}
		if (!"client_credentials".equals(grantType)) {
			return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
		}
		AccessToken token = this.tokens.issue(organization.get(), credentials[0]);
		AuthResponse response = new AuthResponse();
		response.setAccess_token(token.value());
		response.setToken_type("bearer");
		response.setExpires_in((int) java.time.Duration.between(token.issuedAt(), token.expiresAt()).toSeconds());
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(GenesysJson.of(response));
	}

	private static String @Nullable [] basicCredentials(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) } : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static ResponseEntity<GenesysJson> error(int status, String error, String description) {
		return ResponseEntity.status(status)
			.body(GenesysJson.of(Map.of("error", error, "description", description, "error_description", description)));
	}

}
