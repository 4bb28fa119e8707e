package io.callimport.installation.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium (Debian's, never a downloaded one) driven by Playwright for Java,
 * with what the wizard's tests check on every page: axe-core's accessibility rules (no
 * serious or critical violation), screenshots, the console, the browser's storage and the
 * External API's responses.
 */
final class WizardBrowser implements AutoCloseable {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Playwright playwright;

	private final Browser browser;

	private final String axeScript;

	private final Path screenshots;

	private final List<String> console = Collections.synchronizedList(new ArrayList<>());

	private final List<String> externalApiBodies = Collections.synchronizedList(new ArrayList<>());

	private WizardBrowser(Playwright playwright, Browser browser, String axeScript, Path screenshots) {
		this.playwright = playwright;
		this.browser = browser;
		this.axeScript = axeScript;
		this.screenshots = screenshots;
	}

	/**
	 * Launches Chromium; skips the calling test, saying why, when no chromium executable
	 * exists here.
	 */
	static WizardBrowser launch() {
		Path chromium = Path.of(System.getProperty("callimport.chromium", "/usr/bin/chromium"));
		Assumptions.assumeTrue(Files.isExecutable(chromium), "No chromium executable at " + chromium
				+ ": the wizard's browser tests are skipped (apt-get install -y chromium, as .ci/run does)");
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
		return new WizardBrowser(playwright, browser, read(Path.of(System.getProperty("callimport.axe-script"))),
				Path.of(System.getProperty("callimport.screenshots", "target/wizard-screenshots")));
	}

	/** A fresh browser profile (no storage) with one page. */
	Page newPage(String externalApiOrigin) {
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		// axe-core is served from the wizard's own origin, so the page's script-src
		// 'self' policy stays in force
		context.route(externalApiOrigin + "/__test/axe.min.js",
				(route) -> route.fulfill(
						new com.microsoft.playwright.Route.FulfillOptions().setContentType("application/javascript")
							.setBody(this.axeScript)));
		Page page = context.newPage();
		page.onConsoleMessage((message) -> this.console.add(message.type() + ": " + message.text()));
		page.onPageError((error) -> this.console.add("pageerror: " + error));
		page.onResponse((response) -> {
			if (response.url().startsWith(externalApiOrigin + "/external/")) {
				try {
					this.externalApiBodies.add(response.text());
				}
				catch (RuntimeException ex) {
					// a response without a body (204)
				}
			}
		});
		return page;
	}

	/** axe-core on the page as it is: no serious or critical violation. */
	void assertAccessible(Page page, String externalApiOrigin, String step) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setUrl(externalApiOrigin + "/__test/axe.min.js"));
		}
		String violations = (String) page.evaluate("""
				async () => {
				  const results = await axe.run(document, { resultTypes: ['violations'] });
				  return JSON.stringify(results.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
				                   nodes: v.nodes.map((n) => n.target.join(' ')) })));
				}""");
		JsonNode found = JSON.readTree(violations);
		assertThat(found.size()).as("serious or critical accessibility violations on %s: %s", step, violations)
			.isZero();
	}

	void screenshot(Page page, String name) {
		try {
			Files.createDirectories(this.screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(
				new Page.ScreenshotOptions().setPath(this.screenshots.resolve(name + ".png")).setFullPage(true));
	}

	/** localStorage, sessionStorage and the cookies of the page's browser profile. */
	String storage(Page page) {
		Object storages = page.evaluate("""
				() => JSON.stringify({ local: Object.entries(localStorage), session: Object.entries(sessionStorage),
				                       cookie: document.cookie })""");
		return storages + " " + page.context().cookies();
	}

	List<String> console() {
		return List.copyOf(this.console);
	}

	List<String> externalApiBodies() {
		return List.copyOf(this.externalApiBodies);
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("axe-core is missing at " + path + " (npm ci of the module installs it)",
					ex);
		}
	}

}
