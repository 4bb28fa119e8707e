package io.callimport.installation.wizard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaching controls with the Tab key only, and using them with Enter and Space, as a
 * keyboard-only user does.
 */
final class KeyboardWalk {

	private static final int MAX_TABS = 80;

	private final Page page;

	KeyboardWalk(Page page) {
		this.page = page;
	}

	/** Presses Tab until the target has the focus. */
	void tabTo(Locator target) {
		target.waitFor(WizardWalk.visible());
		for (int tabs = 0; tabs < MAX_TABS; tabs++) {
			if (focused(target)) {
				return;
			}
			this.page.keyboard().press("Tab");
		}
		assertThat(focused(target)).as("%s reachable with the Tab key", target).isTrue();
	}

	void activate(Locator target) {
		tabTo(target);
		this.page.keyboard().press("Enter");
	}

	void toggle(Locator target) {
		tabTo(target);
		this.page.keyboard().press("Space");
	}

	void type(Locator target, String text) {
		tabTo(target);
		this.page.keyboard().type(text);
	}

	private static boolean focused(Locator target) {
		return Boolean.TRUE.equals(target.evaluate("(element) => element === document.activeElement"));
	}

}
