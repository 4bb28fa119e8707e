package io.callimport.installation.wizard;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.callimport.genesys.region.GenesysRegion;

/**
 * The wizard's {@code Content-Security-Policy}: its own scripts and styles only; network
 * requests to itself and Genesys' API and login hosts (or the configured test base URL);
 * embedding only by the Genesys Cloud desktop.
 */
@Component
public class WizardContentSecurityPolicy {

	private final String policy;

	WizardContentSecurityPolicy(WizardProperties properties) {
		List<String> connect = new ArrayList<>();
		connect.add("'self'");
		for (GenesysRegion region : GenesysRegion.values()) {
			connect.add(region.apiBaseUrl().toString());
			connect.add(region.loginBaseUrl().toString());
		}
		URI gateway = properties.genesysBaseUrl();
		if (gateway != null) {
			connect.add(gateway.getScheme() + "://" + gateway.getAuthority());
		}
		this.policy = String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
				"img-src 'self' data:", "connect-src " + String.join(" ", connect),
				"frame-ancestors 'self' " + String.join(" ", properties.frameAncestors()), "base-uri 'self'",
				"form-action 'self'", "object-src 'none'");
	}

	public String policy() {
		return this.policy;
	}

}
