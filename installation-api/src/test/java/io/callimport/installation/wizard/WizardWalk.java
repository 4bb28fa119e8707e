package io.callimport.installation.wizard;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

import io.callimport.installation.WizardTenant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The wizard's steps as a person goes through them with a mouse (or, with
 * {@link KeyboardWalk}, with the keyboard only): each method ends on the next step,
 * checked for accessibility and photographed.
 */
final class WizardWalk {

	private static final double TIMEOUT_MS = 30_000;

	private final WizardBrowser browser;

	private final Page page;

	private final String origin;

	private final String scenario;

	private int shots;

	WizardWalk(WizardBrowser browser, Page page, String origin, String scenario) {
		this.browser = browser;
		this.page = page;
		this.origin = origin;
		this.scenario = scenario;
		page.setDefaultTimeout(TIMEOUT_MS);
	}

	Page page() {
		return this.page;
	}

	/** Checks the page with axe-core and saves a screenshot named after the step. */
	void check(String step) {
		this.browser.assertAccessible(this.page, this.origin, this.scenario + " / " + step);
		this.shots++;
		this.browser.screenshot(this.page, String.format("%s-%02d-%s", this.scenario, this.shots, step));
	}

	void open(String query) {
		this.page.navigate(this.origin + "/wizard/index.html" + query);
		heading("Install Call Import for speech analytics");
	}

	/** Start → the simulator's login page → back to Start, signed in. */
	void signIn(WizardTenant tenant) {
		button("Sign in with Genesys Cloud").click();
		this.page.waitForURL("**/oauth/authorize**");
		this.page.locator("#email").fill(tenant.admin().email());
		this.page.locator("#password").fill(tenant.adminPassword());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		this.page.locator("#start-user").waitFor(visible());
		assertThat(this.page.locator("#start-user")).containsText(tenant.admin().name());
	}

	void checkConfiguration() {
		button("Next: Check configuration").click();
		heading("Check configuration");
		assertThat(button("Next: Setup")).isEnabled();
	}

	void setup(WizardTenant tenant, String password, List<String> memberNames) {
		button("Next: Setup").click();
		heading("Setup");
		this.page.locator("#member-list li").first().waitFor(visible());
		this.page.locator("#tenant-name").fill(tenant.tenantName());
		this.page.locator("#username").fill(tenant.username());
		this.page.locator("#password").fill(password);
		memberNames.forEach((name) -> this.page.getByLabel(name, new Page.GetByLabelOptions().setExact(false)).check());
	}

	void verifyAccount() {
		button("Verify and continue").click();
	}

	void install() {
		heading("Install");
		button("Install").click();
		button("Next: Summary").waitFor(visible());
	}

	void summary() {
		button("Next: Summary").click();
		heading("Summary");
	}

	Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	void heading(String name) {
		Locator heading = this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setLevel(1).setExact(true));
		heading.waitFor(visible());
	}

	/** The text of a summary fact, e.g. {@code Agents synced}. */
	String fact(String listId, String term) {
		return this.page.locator("#" + listId + " dt:text-is('" + term + "') + dd").textContent();
	}

	static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
	}

}
