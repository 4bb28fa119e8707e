package io.callimport.installation.settings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import io.callimport.installation.HttpApi.Response;
import io.callimport.installation.InstallationContext;
import io.callimport.installation.InstallationServices;
import io.callimport.installation.WizardTenant;
import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.SecretCipher;
import io.callimport.testsupport.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's paths of the External API: only that tenant's token opens them; settings are
 * validated and checked like the producer's, stored encrypted, never answered with the
 * secret; the status reads what the services record; DELETE uninstalls.
 */
class TenantApiIntegrationTests extends InstallationContext {

	@BeforeAll
	static void captureOutput() {
		CapturedOutput.install();
	}

	@Test
	void opensATenantsPathsOnlyToThatTenantsToken() {
		WizardTenant own = WizardTenant.create(this.simulator, this.api, "own");
		WizardTenant other = WizardTenant.create(this.simulator, this.api, "other");
		String token = token(own);

		List<Response> foreign = List.of(this.api.get(status(other), token),
				this.api.put(settings(other), other.settingsJson(), token), this.api.delete(settings(other), token));
		Response withoutToken = this.api.get(status(own), null);
		Response garbage = this.api.get(status(own), "not-a-token");
		Response forged = this.api.get(status(own), forgedToken(own.tenantName()));
		Response ownStatus = this.api.get(status(own), token);

		foreign.forEach((response) -> {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.json().path("detail").asString()).contains("another tenant");
		});
		for (Response refused : List.of(withoutToken, garbage, forged)) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.header("WWW-Authenticate"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		}
		assertThat(ownStatus.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT count(*) FROM genesys_settings WHERE tenant_id = :t")
			.param("t", other.tenantName())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void validatesSettingsLikeTheProducersSettingsApiAndNeverEchoesTheSecret() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "invalid");
		String token = token(tenant);
		String secret = "never-echo-this-" + UUID.randomUUID();

		Response invalid = this.api.put(settings(tenant), """
				{"organizationId": "not-a-uuid", "region": "", "clientId": "has blanks", "clientSecret": "%s",
				 "departmentId": "dept-1"}""".formatted(secret), token);
		Response notJson = this.api.put(settings(tenant), "{\"organizationId\": ", token);
		Response unknownRegion = this.api.put(settings(tenant),
				tenant.settingsJson().replace("mypurecloud.com", "mars.example"), token);
		Response wrongSecret = this.api.put(settings(tenant),
				tenant.settingsJson().replace(tenant.clientSecret(), secret), token);
		Response unknownGroup = this.api.put(settings(tenant),
				tenant.settingsJson().replace(tenant.organization().groupId(), UUID.randomUUID().toString()), token);

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.isProblem()).isTrue();
		assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("organizationId", "region",
				"clientId", "departmentId", "groupNamed");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(unknownRegion.status()).isEqualTo(400);
		assertThat(unknownRegion.json().path("detail").asString()).contains("mars.example", "mypurecloud.ie");
		assertThat(wrongSecret.status()).isEqualTo(422);
		assertThat(wrongSecret.json().path("detail").asString()).contains(tenant.clientId());
		assertThat(unknownGroup.status()).isEqualTo(422);
		for (Response response : List.of(invalid, notJson, unknownRegion, wrongSecret, unknownGroup)) {
			assertThat(response.body()).doesNotContain(secret).doesNotContain(tenant.clientSecret());
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM genesys_settings WHERE tenant_id = :t")
			.param("t", tenant.tenantName())
			.query(Long.class)
			.single()).isZero();
		assertThat(CapturedOutput.text()).doesNotContain(secret).doesNotContain(tenant.clientSecret());
	}

	@Test
	void savesCheckedSettingsEncryptedForTheProducerAndDeletesThemAtUninstall() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "save");
		String token = token(tenant);

		Response created = this.api.put(settings(tenant), tenant.settingsJson(), token);
		Response replaced = this.api.put(settings(tenant), tenant.settingsJson(), token);
		byte[] stored = this.jdbc.sql("SELECT client_secret_encrypted FROM genesys_settings WHERE tenant_id = :t")
			.param("t", tenant.tenantName())
			.query(byte[].class)
			.single();

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("clientSecretSet").asBoolean()).isTrue();
		assertThat(created.json().has("clientSecret")).isFalse();
		assertThat(created.json().path("integrationUserId").asString()).isEqualTo(tenant.admin().userId());
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.json().path("revision").asLong()).isEqualTo(2);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(tenant.clientSecret());
		assertThat(SecretCipher.fromBase64Key(InstallationServices.ENCRYPTION_KEY).decrypt(tenant.tenantName(), stored))
			.isEqualTo(new ClientSecret(tenant.clientSecret()));
		assertThat(created.body() + replaced.body()).doesNotContain(tenant.clientSecret());

		Response deleted = this.api.delete(settings(tenant), token);
		Response deletedAgain = this.api.delete(settings(tenant), token);
		Response status = this.api.get(status(tenant), token);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deletedAgain.status()).isEqualTo(404);
		assertThat(deletedAgain.isProblem()).isTrue();
		assertThat(status.json().path("settingsVerified").asBoolean()).isFalse();
		assertThat(CapturedOutput.text()).doesNotContain(tenant.clientSecret());
	}

	@Test
	void reportsTheStatusTheProducerAndTheConsumerRecord() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "status");
		String token = token(tenant);
		Response before = this.api.get(status(tenant), token);
		this.api.put(settings(tenant), tenant.settingsJson(), token);
		String agent = tenant.organization().agentUserIds().get(0);
		this.jdbc.sql("""
				INSERT INTO agents (tenant_id, user_id, active, first_synced_at, last_synced_at)
				VALUES (:t, :u, true, now(), now()), (:t, :old, false, now(), now())
				""")
			.param("t", tenant.tenantName())
			.param("u", agent)
			.param("old", UUID.randomUUID().toString())
			.update();
		this.jdbc.sql("""
				INSERT INTO producer_leases (tenant_id, holder_id, acquired_at, renewed_at, expires_at, last_live_at)
				VALUES (:t, 'replica-1', now(), now(), now() + interval '15 seconds', now())
				""").param("t", tenant.tenantName()).update();
		Instant importedAt = Instant.parse("2026-11-30T10:15:30Z");
		this.jdbc.sql("""
				INSERT INTO calls (id, tenant_id, conversation_id, status, source, imported_at)
				VALUES (:id1, :t, :c1, 'QUEUED_FOR_ANALYSIS', 'WEBSOCKET', now()),
				       (:id2, :t, :c2, 'NO_RECORDING', 'WEBSOCKET', now() - interval '2 days')
				""")
			.param("id1", UUID.randomUUID())
			.param("id2", UUID.randomUUID())
			.param("t", tenant.tenantName())
			.param("c1", UUID.randomUUID().toString())
			.param("c2", UUID.randomUUID().toString())
			.update();

		Response after = this.api.get(status(tenant), token);

		assertThat(before.json().path("settingsVerified").asBoolean()).isFalse();
		assertThat(before.json().path("agentsSynced").asInt()).isZero();
		assertThat(before.json().path("socketLive").asBoolean()).isFalse();
		assertThat(before.json().path("lastImportAt").isNull()).isTrue();
		assertThat(before.json().path("importedLast24h").asLong()).isZero();
		assertThat(after.json().path("settingsVerified").asBoolean()).isTrue();
		assertThat(after.json().path("agentsSynced").asInt()).isEqualTo(1);
		assertThat(after.json().path("socketLive").asBoolean()).isTrue();
		assertThat(Instant.parse(after.json().path("lastImportAt").asString())).isAfter(importedAt);
		assertThat(after.json().path("importedLast24h").asLong()).isEqualTo(1);
	}

	private String token(WizardTenant tenant) {
		Response response = this.api.post("/external/v1/tokens", tenant.credentials(), null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("token").asString();
	}

	private static String settings(WizardTenant tenant) {
		return "/external/v1/tenants/" + tenant.tenantName() + "/genesys-settings";
	}

	private static String status(WizardTenant tenant) {
		return "/external/v1/tenants/" + tenant.tenantName() + "/status";
	}

	/** A token with the right claims, signed with another key. */
	private static String forgedToken(String tenantName) {
		byte[] key = Base64.getDecoder().decode("b3RoZXIta2V5LW9mLXRoaXJ0eS10d28tYnl0ZXMtMDEyMzQ1Njc4OQ==");
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(key, "HmacSHA256")));
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("callimport-installation-api")
			.audience(List.of("callimport-external-api"))
			.subject(tenantName + "/someone")
			.claim("tenant", tenantName)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
