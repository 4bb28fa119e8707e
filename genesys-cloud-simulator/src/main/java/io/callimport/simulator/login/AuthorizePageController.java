package io.callimport.simulator.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.callimport.simulator.organization.AdminLogin;
import io.callimport.simulator.organization.OrganizationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /oauth/authorize}: the sign-in page for an authorization request of a
 * registered client to one of its redirect URIs ({@code response_type=code}, an S256
 * {@code code_challenge}); {@code POST}: checks the administrator's e-mail and password
 * and redirects with a code and the {@code state}. An unknown client or redirect URI is
 * never redirected to.
 */
@RestController
class AuthorizePageController {

	private static final List<String> CARRIED = List.of("client_id", "redirect_uri", "response_type", "code_challenge",
			"code_challenge_method", "state");

	private final LoginClients clients;

	private final AuthorizationCodes codes;

	private final OrganizationRegistry organizations;

	AuthorizePageController(LoginClients clients, AuthorizationCodes codes, OrganizationRegistry organizations) {
		this.clients = clients;
		this.codes = codes;
		this.organizations = organizations;
	}

	@GetMapping("/oauth/authorize")
	ResponseEntity<String> page(@RequestParam MultiValueMap<String, String> params) {
		Map<String, String> request = carried(params);
		ResponseEntity<String> refused = refuse(request);
		return (refused != null) ? refused : html(200, LoginPage.signIn(request, null, ""));
	}

	@PostMapping(path = "/oauth/authorize", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> signIn(@RequestParam MultiValueMap<String, String> params) {
		Map<String, String> request = carried(params);
		ResponseEntity<String> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		String email = String.valueOf(params.getFirst("email") == null ? "" : params.getFirst("email"));
		String password = String.valueOf(params.getFirst("password") == null ? "" : params.getFirst("password"));
		Optional<AdminLogin> admin = admin(email, password);
		if (admin.isEmpty()) {
			return html(401, LoginPage.signIn(request, "The e-mail or the password is wrong.", email));
		}
		String code = this.codes.issue(request.get("client_id"), request.get("redirect_uri"),
				request.get("code_challenge"), admin.get().organizationId(), admin.get().userId());
		return redirect(request, Map.of("code", code));
	}

	/** A response that ends the request, or null when it may go on to sign-in. */
	private @Nullable ResponseEntity<String> refuse(Map<String, String> request) {
		String clientId = request.getOrDefault("client_id", "");
		String redirectUri = request.getOrDefault("redirect_uri", "");
		if (!this.clients.accepts(clientId, redirectUri)) {
			return html(400, LoginPage.error("Unknown client_id, or redirect_uri not registered for it."));
		}
		if (!"code".equals(request.get("response_type"))) {
			return redirect(request, Map.of("error", "unsupported_response_type", "error_description",
					"Only response_type=code is supported"));
		}
		if (request.getOrDefault("code_challenge", "").length() < 43
				|| !"S256".equals(request.get("code_challenge_method"))) {
			return redirect(request, Map.of("error", "invalid_request", "error_description",
					"A code_challenge with code_challenge_method=S256 is required"));
		}
		return null;
	}

	private Optional<AdminLogin> admin(String email, String password) {
		return this.organizations.all()
			.stream()
			.flatMap((org) -> org.administrators().byEmail(email).stream())
			.filter((admin) -> MessageDigest.isEqual(admin.password().getBytes(StandardCharsets.UTF_8),
					password.getBytes(StandardCharsets.UTF_8)))
			.findFirst();
	}

	private static Map<String, String> carried(MultiValueMap<String, String> params) {
		Map<String, String> request = new LinkedHashMap<>();
		CARRIED.forEach((name) -> {
			String value = params.getFirst(name);
			if (value != null) {
				request.put(name, value);
			}
		});
		return request;
	}

	private static ResponseEntity<String> redirect(Map<String, String> request, Map<String, String> result) {
		UriComponentsBuilder target = UriComponentsBuilder.fromUriString(request.get("redirect_uri"));
		result.forEach(target::queryParam);
		if (request.get("state") != null) {
			target.queryParam("state", request.get("state"));
		}
		URI location = target.encode().build().toUri();
		return ResponseEntity.status(302).header(HttpHeaders.LOCATION, location.toString()).build();
	}

	private static ResponseEntity<String> html(int status, String body) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
