package io.callimport.installation;

import java.time.Duration;
import java.util.UUID;

import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.installation.AdminCreated;
import io.callimport.simulator.installation.AdminRequest;
import io.callimport.simulator.installation.IntegrationCreated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One customer as a test needs it: a Genesys organisation on the simulator (an OAuth
 * client, a group of agents, users outside it, an administrator who signs in on the login
 * page, the app's integration installed from AppFoundry) and the tenant's wizard account
 * at the analytics platform, created through the operator API.
 *
 * @param tenantName the tenant
 * @param username the wizard account
 * @param password its password (as in the operator's mail)
 * @param organizationId the Genesys organisation
 * @param clientId the organisation's seeded OAuth client (for API tests)
 * @param clientSecret its secret
 * @param organization what the simulator made
 * @param admin the administrator
 * @param adminPassword their password
 * @param integration the app's integration
 */
public record WizardTenant(String tenantName, String username, String password, String organizationId, String clientId,
		String clientSecret, OrganizationState organization, AdminCreated admin, String adminPassword,
		IntegrationCreated integration) {

	/** The app's integration type (the module's default). */
	public static final String INTEGRATION_TYPE = "callimport-speech-analytics";

	public static WizardTenant create(GenesysCloudSimulator simulator, HttpApi api, String prefix) {
		return createNamed(simulator, api, newName(prefix));
	}

	/** A fresh tenant name, e.g. for a producer started before the tenant is set up. */
	public static String newName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static WizardTenant createNamed(GenesysCloudSimulator simulator, HttpApi api, String tenantName) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String organizationId = UUID.randomUUID().toString();
		String clientId = UUID.randomUUID().toString();
		String clientSecret = "seeded-secret-" + UUID.randomUUID();
		OrganizationScenario scenario = OrganizationScenario.of(clientId, clientSecret, "Speech Analytics", 3)
			.withUsers(4, 1)
			.withLifetimes(null, null, Duration.ofSeconds(1))
			.withLimits(1000, 20, 100_000)
			.withLags(Duration.ofMillis(300), Duration.ofMillis(300))
			.withSeed(UUID.randomUUID().getMostSignificantBits());
		OrganizationState organization = simulator.control().putOrganization(organizationId, scenario);
		String adminPassword = "admin-password-" + suffix;
		AdminCreated admin = simulator.installation()
			.addAdmin(organizationId,
					AdminRequest.installer("Ada Admin " + suffix, "ada." + suffix + "@example.com", adminPassword));
		IntegrationCreated integration = simulator.installation()
			.installIntegration(organizationId, INTEGRATION_TYPE, "Call Import");
		String username = "installer." + suffix + "@example.com";
		String password = "mailed-password-" + UUID.randomUUID();
		HttpApi.Response created = api.post("/operator/v1/tenants/" + tenantName + "/accounts", """
				{"username": "%s", "password": "%s"}""".formatted(username, password),
				InstallationServices.OPERATOR_TOKEN);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new WizardTenant(tenantName, username, password, organizationId, clientId, clientSecret, organization,
				admin, adminPassword, integration);
	}

	/** The body of {@code POST /external/v1/tokens} with these credentials. */
	public String credentials() {
		return credentials(this.tenantName, this.username, this.password);
	}

	public static String credentials(String tenantName, String username, String password) {
		return """
				{"tenantName": "%s", "username": "%s", "password": "%s"}""".formatted(tenantName, username, password);
	}

	/** Settings the wizard would send for the seeded client and group. */
	public String settingsJson() {
		return """
				{"organizationId": "%s", "region": "mypurecloud.com", "clientId": "%s", "clientSecret": "%s",
				 "groupId": "%s", "integrationUserId": "%s"}""".formatted(this.organizationId, this.clientId,
				this.clientSecret, this.organization.groupId(), this.admin.userId());
	}

	@Override
	public String toString() {
		return "WizardTenant[tenantName=" + this.tenantName + ", organizationId=" + this.organizationId + "]";
	}

}
