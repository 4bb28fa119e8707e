package io.callimport.installation.operator;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callimport.installation.HttpApi.Response;
import io.callimport.installation.InstallationContext;
import io.callimport.installation.InstallationServices;
import io.callimport.installation.WizardTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's API: its token, wizard accounts with a generated password shown once, a
 * password hash only, duplicates and bad names refused.
 */
class OperatorApiIntegrationTests extends InstallationContext {

	private static final String OPERATOR = InstallationServices.OPERATOR_TOKEN;

	@Test
	void needsTheOperatorToken() {
		Response missing = this.api.get("/operator/v1/tenants/acme/accounts", null);
		Response wrong = this.api.get("/operator/v1/tenants/acme/accounts", "operator-token-but-wrong-123");

		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.isProblem()).isTrue();
		assertThat(wrong.status()).isEqualTo(401);
	}

	@Test
	void createsAnAccountWithAGeneratedPasswordShownOnceAndStoresOnlyItsHash() {
		String tenant = "acme-" + UUID.randomUUID().toString().substring(0, 8);
		String path = "/operator/v1/tenants/" + tenant + "/accounts";

		Response created = this.api.post(path, "{\"username\": \"Installer@Example.com\"}", OPERATOR);
		String password = created.json().path("generatedPassword").asString();
		Response signIn = this.api.post("/external/v1/tokens",
				WizardTenant.credentials(tenant, "installer@example.com", password), null);
		Response listed = this.api.get(path, OPERATOR);
		Response duplicate = this.api.post(path, "{\"username\": \"installer@example.com\"}", OPERATOR);
		String hash = this.jdbc.sql("SELECT password_hash FROM wizard_accounts WHERE tenant_id = :t")
			.param("t", tenant)
			.query(String.class)
			.single();

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("account").path("username").asString()).isEqualTo("installer@example.com");
		assertThat(password).hasSizeGreaterThanOrEqualTo(24);
		assertThat(signIn.status()).isEqualTo(200);
		assertThat(listed.body()).doesNotContain(password).contains("installer@example.com");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
	}

	@Test
	void refusesBadNamesAndShortPasswords() {
		Response badTenant = this.api.post("/operator/v1/tenants/bad tenant!/accounts".replace(" ", "%20"),
				"{\"username\": \"someone\"}", OPERATOR);
		Response badUsername = this.api.post("/operator/v1/tenants/acme/accounts", "{\"username\": \"two words\"}",
				OPERATOR);
		Response shortPassword = this.api.post("/operator/v1/tenants/acme/accounts",
				"{\"username\": \"someone\", \"password\": \"short\"}", OPERATOR);

		assertThat(badTenant.status()).isEqualTo(400);
		assertThat(badUsername.status()).isEqualTo(400);
		assertThat(badUsername.json().path("errors").findValuesAsString("field")).contains("username");
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.body()).doesNotContain("short\"");
	}

}
