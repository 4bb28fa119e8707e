package io.callimport.installation.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.callimport.installation.HttpApi.Response;
import io.callimport.installation.InstallationContext;
import io.callimport.installation.InstallationServices;
import io.callimport.installation.WizardTenant;
import io.callimport.testsupport.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /external/v1/tokens}: a short-lived token bound to the tenant; one answer
 * for every wrong credential; lock-out after repeated failures, seen and lifted by the
 * operator.
 */
class TokenApiIntegrationTests extends InstallationContext {

	private static final String TOKENS = "/external/v1/tokens";

	@BeforeAll
	static void captureOutput() {
		CapturedOutput.install();
	}

	@Test
	void issuesAShortLivedTokenBoundToTheTenant() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "token");

		Response response = this.api.post(TOKENS, tenant.credentials(), null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		Instant expiresAt = Instant.parse(response.json().path("expiresAt").asString());
		assertThat(expiresAt).isAfter(Instant.now().plus(Duration.ofMinutes(5)))
			.isBefore(Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(5));
		JsonNode claims = claims(response.json().path("token").asString());
		assertThat(claims.path("tenant").asString()).isEqualTo(tenant.tenantName());
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isLessThanOrEqualTo(15 * 60);
		assertThat(response.body()).doesNotContain(tenant.password());
	}

	@Test
	void answersEveryWrongCredentialAlikeWithoutSayingWhichPartWasWrong() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "wrong");
		String otherTenant = "no-such-tenant-" + UUID.randomUUID().toString().substring(0, 8);

		List<Response> answers = List.of(
				this.api.post(TOKENS, WizardTenant.credentials(tenant.tenantName(), tenant.username(), "wrong-pass"),
						null),
				this.api.post(TOKENS,
						WizardTenant.credentials(tenant.tenantName(), "nobody@example.com", tenant.password()), null),
				this.api.post(TOKENS, WizardTenant.credentials(otherTenant, tenant.username(), tenant.password()),
						null));

		for (Response answer : answers) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.json().path("type").asString()).endsWith("/sign-in-failed");
			assertThat(answer.json().path("detail").asString())
				.isEqualTo(answers.get(0).json().path("detail").asString())
				.contains("tenant name, username or password is wrong");
			assertThat(answer.json().path("attemptsLeft").asInt()).isEqualTo(InstallationServices.MAX_FAILURES - 1);
			assertThat(answer.body()).doesNotContain(tenant.password()).doesNotContain("wrong-pass");
		}
		Response malformed = this.api.post(TOKENS, "{\"tenantName\": \"x\"}", null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().path("errors").findValuesAsString("field")).contains("username", "password");
		assertThat(CapturedOutput.text()).doesNotContain(tenant.password()).doesNotContain("wrong-pass");
	}

	@Test
	void locksANameAfterRepeatedFailuresVisiblyToTheOperatorWhoCanLiftIt() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "lock");
		String wrong = WizardTenant.credentials(tenant.tenantName(), tenant.username(), "wrong-password");

		Response last = null;
		for (int attempt = 1; attempt <= InstallationServices.MAX_FAILURES; attempt++) {
			last = this.api.post(TOKENS, wrong, null);
		}
		Response rightButLocked = this.api.post(TOKENS, tenant.credentials(), null);
		Response operatorView = this.api.get(account(tenant), InstallationServices.OPERATOR_TOKEN);

		assertThat(last.status()).isEqualTo(429);
		assertThat(last.json().path("type").asString()).endsWith("/sign-in-locked");
		assertThat(last.header("Retry-After")).isPresent();
		assertThat(rightButLocked.status()).isEqualTo(429);
		assertThat(rightButLocked.json().path("detail").asString()).contains("operator can lift the lock");
		assertThat(operatorView.json().path("locked").asBoolean()).isTrue();
		assertThat(operatorView.json().path("failedSignIns").asInt()).isEqualTo(InstallationServices.MAX_FAILURES);
		assertThat(Instant.parse(operatorView.json().path("lockedUntil").asString())).isAfter(Instant.now());
		assertThat(operatorView.body()).doesNotContain("hash").doesNotContain(tenant.password());

		Response unlocked = this.api.delete(account(tenant) + "/lock", InstallationServices.OPERATOR_TOKEN);
		Response afterUnlock = this.api.post(TOKENS, tenant.credentials(), null);

		assertThat(unlocked.status()).isEqualTo(200);
		assertThat(unlocked.json().path("locked").asBoolean()).isFalse();
		assertThat(afterUnlock.status()).isEqualTo(200);
	}

	@Test
	void locksNamesWithoutAnAccountTheSameWaySoALockRevealsNothing() {
		String unknown = WizardTenant.credentials("ghost-" + UUID.randomUUID().toString().substring(0, 8),
				"nobody@example.com", "whatever-password");

		Response last = null;
		for (int attempt = 1; attempt <= InstallationServices.MAX_FAILURES; attempt++) {
			last = this.api.post(TOKENS, unknown, null);
		}

		assertThat(last.status()).isEqualTo(429);
		assertThat(last.json().path("type").asString()).endsWith("/sign-in-locked");
	}

	private static String account(WizardTenant tenant) {
		return "/operator/v1/tenants/" + tenant.tenantName() + "/accounts/" + tenant.username();
	}

	static JsonNode claims(String token) {
		String payload = token.split("\\.")[1];
		return JsonMapper.builder()
			.build()
			.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

}
