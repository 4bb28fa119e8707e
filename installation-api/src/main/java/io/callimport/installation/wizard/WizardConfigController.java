package io.callimport.installation.wizard;

import java.net.URI;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.callimport.genesys.region.GenesysRegion;
import io.callimport.installation.wizard.WizardConfig.Gateway;

/**
 * {@code GET /wizard/config.json}: the wizard's settings for the browser;
 * {@code GET /wizard} leads to the page.
 */
@RestController
class WizardConfigController {

	private final WizardConfig config;

	WizardConfigController(WizardProperties properties) {
		this.config = new WizardConfig(properties.oauthClientId(), properties.integrationTypeId(),
				properties.namePrefix(), Arrays.stream(GenesysRegion.values()).map(GenesysRegion::domain).toList(),
				gateway(properties.genesysBaseUrl()), WizardPermissions.INTEGRATION_ROLE, WizardPermissions.INSTALLER,
				properties.rolePollInterval().toMillis(), properties.roleWaitMax().toMillis(),
				properties.statusPollInterval().toMillis());
	}

	@GetMapping("/wizard/config.json")
	ResponseEntity<WizardConfig> config() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.config);
	}

	@GetMapping({ "/wizard", "/wizard/" })
	ResponseEntity<Void> page() {
		return ResponseEntity.status(302).location(URI.create("/wizard/index.html")).build();
	}

	static @Nullable Gateway gateway(@Nullable URI baseUrl) {
		if (baseUrl == null) {
			return null;
		}
		boolean https = "https".equalsIgnoreCase(baseUrl.getScheme());
		int port = (baseUrl.getPort() != -1) ? baseUrl.getPort() : (https ? 443 : 80);
		return new Gateway(https ? "https" : "http", baseUrl.getHost(), port);
	}

}
