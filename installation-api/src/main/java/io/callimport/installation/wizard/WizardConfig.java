package io.callimport.installation.wizard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the wizard's page reads at start ({@code GET /wizard/config.json}). It holds no
 * secret.
 *
 * @param oauthClientId the PKCE client the installer signs in with
 * @param integrationTypeId the product's integration type
 * @param namePrefix the start of every created object's name
 * @param regions the Genesys region domains the page accepts as {@code environment}
 * @param gateway where the browser reaches Genesys instead of the region's hosts (tests,
 * local runs), or null
 * @param rolePermissions the integration role's permissions
 * @param installerPermissions what the installer needs
 * @param rolePollIntervalMs how often Install checks that the role reached the installer
 * @param roleWaitMaxMs how long it waits for that
 * @param statusPollIntervalMs how often the Summary refreshes
 */
record WizardConfig(String oauthClientId, String integrationTypeId, String namePrefix, List<String> regions,
		@Nullable Gateway gateway, List<String> rolePermissions, List<String> installerPermissions,
		long rolePollIntervalMs, long roleWaitMaxMs, long statusPollIntervalMs) {

	/**
	 * The JavaScript SDK's gateway setting ({@code ApiClient.setGateway}): one host for
	 * login and API.
	 */
	record Gateway(String protocol, String host, int port) {
	}

}
