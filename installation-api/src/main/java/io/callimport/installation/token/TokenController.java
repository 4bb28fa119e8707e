package io.callimport.installation.token;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.callimport.installation.account.SignIn;

/**
 * {@code POST /external/v1/tokens {tenantName, username, password}} → {@code {token,
 * expiresAt}}; wrong credentials 401 (the same whichever part was wrong), a locked name
 * 429.
 */
@RestController
class TokenController {

	private final SignIn signIn;

	private final TokenIssuer issuer;

	TokenController(SignIn signIn, TokenIssuer issuer) {
		this.signIn = signIn;
		this.issuer = issuer;
	}

	@PostMapping("/external/v1/tokens")
	ResponseEntity<IssuedToken> token(@RequestBody @Validated TokenRequest request) {
		IssuedToken token = this.issuer
			.issue(this.signIn.authenticate(request.tenantName(), request.username(), request.password()));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(token);
	}

}
