package io.callimport.installation.wizard;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The installation wizard ({@code wizard.*}, e.g. {@code WIZARD_OAUTH_CLIENT_ID}).
 *
 * @param oauthClientId the vendor's Genesys OAuth client (authorization code grant with
 * PKCE) the installer signs in with; its redirect URI is the wizard's page,
 * {@code https://<host>/wizard/index.html}
 * @param integrationTypeId the AppFoundry integration type of the product; Check
 * configuration requires it, and its instance records what Install created
 * @param namePrefix the start of the name of every object the wizard creates in Genesys
 * @param genesysBaseUrl for tests and local runs only: the browser talks to this base URL
 * (the simulator's) for both login and API instead of the region's hosts
 * @param rolePollInterval how often Install asks Genesys whether the new role reached the
 * installer
 * @param roleWaitMax how long Install waits for that
 * @param statusPollInterval how often the Summary refreshes the live status
 * @param frameAncestors the origins allowed to embed the wizard (the Genesys Cloud
 * desktop of every region)
 */
@Validated
@ConfigurationProperties("wizard")
public record WizardProperties(@NotBlank @Size(max = 200) String oauthClientId,
		@DefaultValue("callimport-speech-analytics") @NotBlank @Pattern(
				regexp = "[A-Za-z0-9._-]{1,100}") String integrationTypeId,
		@DefaultValue("Call Import") @NotBlank @Size(max = 40) String namePrefix, @Nullable URI genesysBaseUrl,
		@DefaultValue("3s") @DurationMin(millis = 50) Duration rolePollInterval,
		@DefaultValue("60s") @DurationMin(seconds = 1) Duration roleWaitMax,
		@DefaultValue("5s") @DurationMin(millis = 200) Duration statusPollInterval, @DefaultValue( {
				"https://*.mypurecloud.com", "https://*.mypurecloud.ie", "https://*.mypurecloud.de",
				"https://*.mypurecloud.jp", "https://*.mypurecloud.com.au", "https://*.pure.cloud",
				"https://*.us-gov-pure.cloud" }) @NotEmpty List<@Pattern(
						regexp = "https?://[A-Za-z0-9.*:-]+") String> frameAncestors){

	public WizardProperties {
		genesysBaseUrl = (genesysBaseUrl == null || genesysBaseUrl.toString().isBlank()) ? null : genesysBaseUrl;
	}

}
