package io.callimport.producer.settings;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.callimport.producer.AdminApiClient.Response;
import io.callimport.producer.FlowContext;
import io.callimport.producer.SimulatedTenant;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.OrganizationScenario;

import static org.assertj.core.api.Assertions.assertThat;

class GenesysSettingsApiIntegrationTests extends FlowContext {

	private static final String PATH = "/api/v1/tenants/" + TENANT + "/genesys-settings";

	@Test
	void rejectsRequestsWithoutTheAdminToken() {
		Response missing = this.api.getWithToken(PATH, null);
		Response wrong = this.api.getWithToken(PATH, "wrong-token-0123456789");

		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(wrong.status()).isEqualTo(401);
	}

	@Test
	void rejectsInvalidPayloadsNamingEachFieldButNotTheSecret() {
		String secret = "never-echo-this-secret-" + UUID.randomUUID();
		Response invalid = this.api.put(PATH, """
				{"organizationId":"not-a-uuid","region":"","clientId":"has blanks","clientSecret":"%s",
				 "departmentId":"dept-1"}
				""".formatted(secret));
		Response notJson = this.api.put(PATH, "{\"organizationId\": ");
		Response unknownRegion = this.api.put(PATH, body(genesys, "mars.example", genesys.clientSecret(), null));

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("organizationId", "region",
				"clientId", "departmentId", "groupNamed");
		assertThat(invalid.body()).doesNotContain(secret);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(unknownRegion.status()).isEqualTo(400);
		assertThat(unknownRegion.json().path("detail").asString()).contains("mars.example", "mypurecloud.ie");
	}

	@Test
	void rejectsSettingsThatGenesysContradictsAndSavesNothing() {
		long revisionBefore = settingsRevision();
		String wrongSecret = "wrong-secret-" + UUID.randomUUID();
		Response badLogin = this.api.put(PATH, body(genesys, "mypurecloud.com", wrongSecret, null));
		String otherOrganization = UUID.randomUUID().toString();
		Response otherOrg = this.api.put(PATH,
				genesys.settingsJson().replace(genesys.organizationId(), otherOrganization));
		Response unknownGroup = this.api.put(PATH,
				genesys.settingsJson().replace(genesys.state().groupId(), UUID.randomUUID().toString()));
		String wrongDivision = UUID.randomUUID().toString();
		Response otherDivision = this.api.put(PATH,
				body(genesys, "mypurecloud.com", genesys.clientSecret(), wrongDivision));

		assertThat(badLogin.status()).isEqualTo(422);
		assertThat(badLogin.json().path("detail").asString()).contains(genesys.clientId());
		assertThat(badLogin.body()).doesNotContain(wrongSecret).doesNotContain(genesys.clientSecret());
		assertThat(otherOrg.status()).isEqualTo(422);
		assertThat(otherOrg.json().path("detail").asString()).contains(genesys.organizationId(), otherOrganization);
		assertThat(unknownGroup.status()).isEqualTo(422);
		assertThat(unknownGroup.json().path("detail").asString()).contains("no group with id");
		assertThat(otherDivision.status()).isEqualTo(422);
		assertThat(otherDivision.json().path("detail").asString()).contains(wrongDivision,
				genesys.state().divisionId());
		assertThat(settingsRevision()).isEqualTo(revisionBefore);
	}

	@Test
	void rejectsAGroupNameThatIsAmbiguous() {
		OrganizationScenario scenario = SimulatedTenant.scenario("Team 1", 2, 0).withUsers(0, 2);
		SimulatedTenant ambiguous = SimulatedTenant.create(this.simulator, scenario);

		Response response = this.api.put(PATH,
				"""
						{"organizationId":"%s","region":"mypurecloud.com","clientId":"%s","clientSecret":"%s","groupName":"Team 1"}
						"""
					.formatted(ambiguous.organizationId(), ambiguous.clientId(), ambiguous.clientSecret()));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().path("detail").asString()).contains("2 groups named 'Team 1'");
	}

	@Test
	void answers503WhenGenesysCannotBeReached() {
		this.simulator.setOrganizationFaults(genesys.organizationId(), FaultSettings.none().withErrorRate(1.0));
		try {
			Response response = this.api.put(PATH, genesys.settingsJson());

			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().path("title").asString()).isEqualTo("Genesys unavailable");
		}
		finally {
			this.simulator.clearOrganizationFaults(genesys.organizationId());
		}
	}

	@Test
	void savesCheckedSettingsOnceAndNeverReturnsTheSecret() {
		boolean first = this.api.get(PATH).status() == 404;
		Response byName = this.api.put(PATH,
				body(genesys, "mypurecloud.com", genesys.clientSecret(), genesys.state().divisionId()));
		Response withoutSecret = this.api.put(PATH, """
				{"organizationId":"%s","region":"mypurecloud.com","clientId":"%s","groupId":"%s"}
				""".formatted(genesys.organizationId(), genesys.clientId(), genesys.state().groupId()));
		Response read = this.api.get(PATH);

		assertThat(byName.status()).isEqualTo(first ? 201 : 200);
		assertThat(withoutSecret.status()).isEqualTo(200);
		JsonNode settings = read.json();
		assertThat(settings.path("clientSecretSet").asBoolean()).isTrue();
		assertThat(settings.has("clientSecret")).isFalse();
		assertThat(settings.path("groupId").asString()).isEqualTo(genesys.state().groupId());
		assertThat(settings.path("revision").asLong()).isGreaterThan(byName.json().path("revision").asLong());
		assertThat(byName.body() + withoutSecret.body() + read.body()).doesNotContain(genesys.clientSecret());
		ensureWatching();
	}

	private long settingsRevision() {
		return this.jdbc.sql("SELECT coalesce(max(revision), 0) FROM genesys_settings").query(Long.class).single();
	}

	private static String body(SimulatedTenant tenant, String region, String secret, String departmentId) {
		return """
				{"organizationId":"%s","region":"%s","clientId":"%s","clientSecret":"%s","groupName":"%s"%s}
				""".formatted(tenant.organizationId(), region, tenant.clientId(), secret, tenant.state().groupName(),
				(departmentId != null) ? ",\"departmentId\":\"" + departmentId + "\"" : "");
	}

}
