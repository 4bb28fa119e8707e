package io.callimport.installation.wizard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callimport.installation.HttpApi;
import io.callimport.installation.HttpApi.Response;
import io.callimport.installation.InstallationContext;
import io.callimport.installation.InstallationServices;
import io.callimport.installation.ServiceProcess;
import io.callimport.installation.WizardTenant;
import io.callimport.model.settings.SecretCipher;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.installation.InstalledObjects;
import io.callimport.simulator.installation.RequestFailure;
import io.callimport.testsupport.CapturedOutput;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The installation wizard in headless Chromium against the simulator over real HTTP: the
 * whole walk with a producer and a consumer running, wrong credentials and lock-out, a
 * Genesys failure in the middle of Install, a repeated Install, and a keyboard-only
 * install and uninstall. Every step passes axe-core; screenshots go to
 * {@code target/wizard-screenshots}.
 */
class WizardBrowserIntegrationTests extends InstallationContext {

	private static final List<String> ROLE_PERMISSIONS = List.of("analytics:conversationDetail:view",
			"recording:recording:view", "conversation:communication:view");

	/**
	 * The tenant of the end-to-end test: its producer boots while the other tests run.
	 */
	private static final String E2E_TENANT = WizardTenant.newName("e2e");

	private static WizardBrowser browser;

	private static ServiceProcess producer;

	private static ServiceProcess consumer;

	@BeforeEach
	void browserAndLoginClient() {
		CapturedOutput.install();
		if (browser == null) {
			browser = WizardBrowser.launch();
			producer = ServiceProcess.producer(E2E_TENANT);
			consumer = ServiceProcess.consumer("wizard-e2e");
		}
		this.simulator.installation()
			.registerLoginClient(InstallationServices.WIZARD_CLIENT_ID, List.of(baseUrl() + "/wizard/index.html"));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
			producer.close();
			consumer.close();
		}
	}

	@Test
	void installsEveryStepSoThatTheFirstCallIsImportedAndShownInTheSummary() {
		WizardTenant tenant = WizardTenant.createNamed(this.simulator, this.api, E2E_TENANT);
		WizardWalk walk = new WizardWalk(browser, browser.newPage(baseUrl()), baseUrl(), "install");
		walk.open("?environment=mypurecloud.com");
		walk.check("start");
		walk.signIn(tenant);
		walk.check("start-signed-in");
		walk.checkConfiguration();
		assertThat(walk.page().locator("#checks")).containsText("Your permissions: OK");
		assertThat(walk.page().locator("#checks")).containsText("Integration type: OK");
		walk.check("check-configuration");
		List<String> members = tenant.organization().outsideUserIds().subList(0, 2);
		walk.setup(tenant, tenant.password(), List.of("User 1 (", "User 2 ("));
		walk.check("setup");
		walk.verifyAccount();
		walk.heading("Install");
		walk.check("install-plan");
		walk.install();
		assertThat(walk.page().locator("#install-progress")).containsText("created");
		walk.check("install-done");
		String storageAfterInstall = browser.storage(walk.page());
		walk.summary();
		walk.check("summary");

		InstalledObjects installed = this.simulator.installation().installed(tenant.organizationId());
		assertThat(installed.roles()).singleElement().satisfies((role) -> {
			assertThat(role.permissions()).containsExactlyInAnyOrderElementsOf(ROLE_PERMISSIONS);
			assertThat(role.holderUserIds()).containsExactly(tenant.admin().userId());
		});
		InstalledObjects.OAuthClient client = installed.oauthClients().get(0);
		assertThat(installed.oauthClients()).hasSize(1);
		assertThat(client.roleIds()).containsExactly(installed.roles().get(0).id());
		assertThat(installed.groups()).singleElement()
			.satisfies((group) -> assertThat(group.memberIds()).containsExactlyInAnyOrderElementsOf(members));
		assertThat(installed.integrations().get(0).notes()).contains(client.id(), installed.roles().get(0).id(),
				installed.groups().get(0).id());
		Map<String, Object> settings = this.jdbc.sql("SELECT * FROM genesys_settings WHERE tenant_id = :t")
			.param("t", tenant.tenantName())
			.query()
			.singleRow();
		assertThat(settings).containsEntry("client_id", client.id())
			.containsEntry("group_id", installed.groups().get(0).id())
			.containsEntry("role_id", installed.roles().get(0).id())
			.containsEntry("integration_user_id", tenant.admin().userId())
			.containsEntry("organization_id", tenant.organizationId());
		String secret = SecretCipher.fromBase64Key(InstallationServices.ENCRYPTION_KEY)
			.decrypt(tenant.tenantName(), (byte[]) settings.get("client_secret_encrypted"))
			.reveal();
		assertThat(new String((byte[]) settings.get("client_secret_encrypted"), StandardCharsets.ISO_8859_1))
			.doesNotContain(secret);
		assertThat(clientCredentialsLogin(client.id(), secret)).isEqualTo(200);

		producer.awaitReady();
		consumer.awaitReady();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(walk.fact("summary-status", "Agents synced")).isEqualTo("2");
			assertThat(walk.fact("summary-status", "Connection to Genesys Cloud")).isEqualTo("Live");
		});
		String conversationId = this.simulator.control()
			.createCalls(tenant.organizationId(), CallRequest.answeredBy(members.get(0)))
			.get(0);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(walk.fact("summary-status", "Last call imported")).isNotEqualTo("None yet"));
		assertThat(walk.fact("summary-status", "Calls imported in the last 24 hours")).isEqualTo("1");
		assertThat(this.jdbc.sql("SELECT status FROM calls WHERE tenant_id = :t AND conversation_id = :c")
			.param("t", tenant.tenantName())
			.param("c", conversationId)
			.query(String.class)
			.single()).isEqualTo("QUEUED_FOR_ANALYSIS");
		walk.check("summary-first-call");

		assertThat(storageAfterInstall + browser.storage(walk.page())).doesNotContain(secret);
		assertThat(String.join("\n", browser.externalApiBodies())).doesNotContain(secret).isNotEmpty();
		assertThat(String.join("\n", browser.console())).doesNotContain(secret)
			.doesNotContain("Content Security Policy");
		assertThat(CapturedOutput.text()).doesNotContain(secret).doesNotContain(tenant.password());
		assertThat(producer.output() + consumer.output()).doesNotContain(secret);
		walk.page().context().close();
	}

	@Test
	void explainsWrongCredentialsAndTheLockOut() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "wrong");
		WizardWalk walk = new WizardWalk(browser, browser.newPage(baseUrl()), baseUrl(), "credentials");
		walk.open("?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.com&gcTargetEnv=prod");
		walk.signIn(tenant);
		walk.checkConfiguration();
		walk.setup(tenant, "not-the-password", List.of());
		walk.verifyAccount();

		assertThat(walk.page().locator("#setup-errors")).containsText("tenant name, username or password is wrong");
		assertThat(walk.page().locator("#setup-errors"))
			.containsText((InstallationServices.MAX_FAILURES - 1) + " attempts left");
		assertThat(walk.page().locator("#password")).hasAttribute("aria-invalid", "true");
		walk.check("wrong-password");
		for (int attempt = 2; attempt <= InstallationServices.MAX_FAILURES; attempt++) {
			walk.verifyAccount();
		}
		walk.page().locator("#setup-errors").getByText("locked").waitFor(WizardWalk.visible());
		assertThat(walk.page().locator("#setup-errors")).containsText("operator");
		walk.check("locked");
		Response account = this.api.get(
				"/operator/v1/tenants/" + tenant.tenantName() + "/accounts/" + tenant.username(),
				InstallationServices.OPERATOR_TOKEN);
		assertThat(account.json().path("locked").asBoolean()).isTrue();
		assertThat(this.simulator.installation().installed(tenant.organizationId()).isEmpty()).isTrue();
		walk.page().context().close();
	}

	@Test
	void undoesAnInstallThatGenesysBreaksAndNeverCreatesAnythingTwice() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "retry");
		this.simulator.installation()
			.failRequests(tenant.organizationId(), RequestFailure.once("POST", "/api/v2/groups", 503));
		WizardWalk walk = new WizardWalk(browser, browser.newPage(baseUrl()), baseUrl(), "failure");
		walk.open("?environment=mypurecloud.com");
		walk.signIn(tenant);
		walk.checkConfiguration();
		walk.setup(tenant, tenant.password(), List.of("User 3 ("));
		walk.verifyAccount();
		walk.heading("Install");
		walk.button("Install").click();

		walk.page().locator("#install-error").waitFor(WizardWalk.visible());
		assertThat(walk.page().locator("#install-error")).containsText("Install failed");
		assertThat(walk.page().locator("#install-progress")).containsText("Undone");
		walk.check("install-failed");
		assertThat(this.simulator.installation().installed(tenant.organizationId()).isEmpty()).isTrue();
		assertThat(settingsRevision(tenant)).isZero();

		walk.button("Try again").click();
		walk.button("Next: Summary").waitFor(WizardWalk.visible());
		InstalledObjects first = this.simulator.installation().installed(tenant.organizationId());
		assertThat(first.roles()).hasSize(1);
		assertThat(first.oauthClients()).hasSize(1);
		assertThat(first.groups()).hasSize(1);
		assertThat(settingsRevision(tenant)).isEqualTo(1);
		walk.page().context().close();

		WizardWalk again = new WizardWalk(browser, browser.newPage(baseUrl()), baseUrl(), "repeat");
		again.open("?environment=mypurecloud.com");
		again.signIn(tenant);
		assertThat(again.page().locator("#start-existing-text")).containsText(tenant.tenantName());
		again.checkConfiguration();
		again.setup(tenant, tenant.password(), List.of("User 3 ("));
		again.verifyAccount();
		again.install();
		assertThat(again.page().locator("#install-progress")).containsText("reused");
		again.check("install-repeated");

		InstalledObjects repeated = this.simulator.installation().installed(tenant.organizationId());
		assertThat(repeated.roles()).isEqualTo(first.roles());
		assertThat(repeated.oauthClients()).isEqualTo(first.oauthClients());
		assertThat(repeated.groups()).isEqualTo(first.groups());
		assertThat(settingsRevision(tenant)).isEqualTo(2);
		again.page().context().close();
	}

	@Test
	void installsAndUninstallsWithTheKeyboardOnly() {
		WizardTenant tenant = WizardTenant.create(this.simulator, this.api, "keys");
		Page page = browser.newPage(baseUrl());
		WizardWalk walk = new WizardWalk(browser, page, baseUrl(), "keyboard");
		KeyboardWalk keys = new KeyboardWalk(page);
		walk.open("?environment=mypurecloud.com");
		keys.activate(walk.button("Sign in with Genesys Cloud"));
		page.waitForURL("**/oauth/authorize**");
		keys.type(page.locator("#email"), tenant.admin().email());
		keys.type(page.locator("#password"), tenant.adminPassword());
		page.keyboard().press("Enter");
		page.locator("#start-user").waitFor(WizardWalk.visible());
		keys.activate(walk.button("Next: Check configuration"));
		walk.heading("Check configuration");
		assertThat(walk.button("Next: Setup")).isEnabled();
		keys.activate(walk.button("Next: Setup"));
		walk.heading("Setup");
		page.locator("#member-list li").first().waitFor(WizardWalk.visible());
		keys.type(page.locator("#tenant-name"), tenant.tenantName());
		keys.type(page.locator("#username"), tenant.username());
		keys.type(page.locator("#password"), tenant.password());
		keys.toggle(page.getByLabel("User 4 (", new Page.GetByLabelOptions().setExact(false)));
		keys.activate(walk.button("Verify and continue"));
		walk.heading("Install");
		keys.activate(walk.button("Install"));
		walk.button("Next: Summary").waitFor(WizardWalk.visible());
		keys.activate(walk.button("Next: Summary"));
		walk.heading("Summary");
		assertThat(this.simulator.installation().installed(tenant.organizationId()).oauthClients()).hasSize(1);

		keys.activate(walk.button("Uninstall…"));
		walk.heading("Uninstall");
		page.locator("#uninstall-plan").getByText("OAuth client").waitFor(WizardWalk.visible());
		walk.check("uninstall");
		keys.toggle(page.locator("#uninstall-confirm"));
		keys.activate(walk.button("Uninstall"));
		page.locator("#uninstall-done").waitFor(WizardWalk.visible());
		walk.check("uninstall-done");

		InstalledObjects left = this.simulator.installation().installed(tenant.organizationId());
		assertThat(left.isEmpty()).as("%s", left).isTrue();
		assertThat(left.integrations().get(0).notes()).isEmpty();
		assertThat(settingsRevision(tenant)).isZero();
		page.context().close();
	}

	private long settingsRevision(WizardTenant tenant) {
		return this.jdbc.sql("SELECT coalesce(max(revision), 0) FROM genesys_settings WHERE tenant_id = :t")
			.param("t", tenant.tenantName())
			.query(Long.class)
			.single();
	}

	private int clientCredentialsLogin(String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		try {
			java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create(this.simulator.baseUrl() + "/oauth/token"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return response.statusCode();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
