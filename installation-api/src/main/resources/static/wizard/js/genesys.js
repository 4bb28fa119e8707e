// Genesys Cloud through the official JavaScript SDK (purecloud-platform-client-v2), as the signed-in
// administrator. The SDK keeps the access token in memory only (no persisted settings).

const platformClient = window.require('platformClient');

/** The region domain of the page: ?environment=, or the host of ?gcHostOrigin= (apps.<domain>). */
export function regionFromPage(params, regions) {
	let environment = params.get('environment');
	const hostOrigin = params.get('gcHostOrigin');
	if (!environment && hostOrigin) {
		try {
			environment = new URL(hostOrigin).hostname.replace(/^(apps|login|api)\./, '');
		}
		catch (error) {
			environment = null;
		}
	}
	environment = (environment || '').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
	return regions.includes(environment) ? environment : null;
}

/**
 * The message of an SDK error: the SDK rejects with Genesys' ErrorBody ({message, code, status}), or with
 * the transport's error when Genesys could not be reached.
 */
export function genesysMessage(error) {
	if (error && typeof error === 'object' && error.status && error.message) {
		return `${error.message} (HTTP ${error.status}${error.code ? `, ${error.code}` : ''})`;
	}
	if (error && typeof error === 'object' && error.message) {
		return `Genesys Cloud could not be reached: ${error.message}`;
	}
	return String(error);
}

export function isNotFound(error) {
	return Boolean(error && error.status === 404);
}

/** The SDK, set up for the region (or, in tests and local runs, for the configured gateway). */
export function genesysClient(config, environment) {
	const client = platformClient.ApiClient.instance;
	client.setPersistSettings(false);
	if (config.gateway) {
		client.setGateway({ protocol: config.gateway.protocol, host: config.gateway.host, port: config.gateway.port });
	}
	client.setEnvironment(environment);
	const apis = {
		authorization: new platformClient.AuthorizationApi(),
		oauth: new platformClient.OAuthApi(),
		groups: new platformClient.GroupsApi(),
		users: new platformClient.UsersApi(),
		organization: new platformClient.OrganizationApi(),
		integrations: new platformClient.IntegrationsApi(),
	};
	return {
		apis,
		/** Starts or completes the authorization-code + PKCE login; resolves with the SDK's auth data. */
		login: (redirectUri, state) => client.loginPKCEGrant(config.oauthClientId, redirectUri, { state }),
		me: () => apis.users.getUsersMe({ expand: ['authorization'] }),
		organization: () => apis.organization.getOrganizationsMe(),
		integrationTypes: () => apis.integrations.getIntegrationsTypes({ pageSize: 100 }),
		integrations: (typeId) => apis.integrations.getIntegrations({ pageSize: 100, integrationType: typeId }),
		groups: () => apis.groups.getGroups({ pageSize: 100, sortOrder: 'ascending' }),
		users: () => apis.users.getUsers({ pageSize: 500, sortOrder: 'ascending', state: 'active' }),
	};
}

/** Whether the held permissions (which may use * for any part) include the required one. */
export function holds(held, required) {
	const wanted = required.split(':');
	return held.some((permission) => {
		const parts = permission.split(':');
		return parts.length === wanted.length
			&& parts.every((part, i) => part === '*' || part.toLowerCase() === wanted[i].toLowerCase());
	});
}
