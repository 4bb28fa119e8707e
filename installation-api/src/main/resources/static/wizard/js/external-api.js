// The External API of the analytics platform (this wizard's own origin): a token for the tenant account
// from the mail, then the tenant's Genesys settings and status. The token lives in memory only.

export class ExternalApiError extends Error {
	constructor(status, problem) {
		super((problem && (problem.detail || problem.title)) || `The analytics platform answered ${status}`);
		this.status = status;
		this.problem = problem || {};
	}
}

async function call(method, path, token, body) {
	const headers = { Accept: 'application/json, application/problem+json' };
	if (token) {
		headers.Authorization = `Bearer ${token}`;
	}
	if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}
	let response;
	try {
		response = await fetch(path, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body),
			credentials: 'omit',
			cache: 'no-store',
		});
	}
	catch (error) {
		throw new ExternalApiError(0, { detail: 'The analytics platform cannot be reached. Check your connection and try again.' });
	}
	const text = await response.text();
	const json = text ? JSON.parse(text) : null;
	if (!response.ok) {
		throw new ExternalApiError(response.status, json);
	}
	return json;
}

const tenantPath = (tenantName) => `/external/v1/tenants/${encodeURIComponent(tenantName)}`;

/** {token, expiresAt}; 401 wrong credentials (problem.attemptsLeft), 429 locked (problem.lockedUntil). */
export const signIn = (tenantName, username, password) => call('POST', '/external/v1/tokens', null,
	{ tenantName, username, password });

export const putSettings = (token, tenantName, settings) => call('PUT', `${tenantPath(tenantName)}/genesys-settings`,
	token, settings);

export const deleteSettings = (token, tenantName) => call('DELETE', `${tenantPath(tenantName)}/genesys-settings`,
	token);

export const status = (token, tenantName) => call('GET', `${tenantPath(tenantName)}/status`, token);

/** The wizard's configuration (no secret in it). */
export const wizardConfig = () => call('GET', '/wizard/config.json', null);

/** Words an installer can act on, for a failed sign-in. */
export function signInMessage(error) {
	if (error.status === 401) {
		const left = error.problem.attemptsLeft;
		const lock = error.problem.maxFailures
			? ` After ${error.problem.maxFailures} failed attempts in a row, sign-in is locked for ${error.problem.lockMinutes} minutes`
			: '';
		const remaining = (typeof left === 'number') ? ` (${left} attempt${left === 1 ? '' : 's'} left).` : '.';
		return `The tenant name, username or password is wrong. Check them against the mail from your analytics platform.${lock}${lock ? remaining : ''}`;
	}
	if (error.status === 429) {
		const until = error.problem.lockedUntil ? new Date(error.problem.lockedUntil).toLocaleTimeString() : 'later';
		return `Sign-in is locked after too many failed attempts: try again after ${until}, or ask your analytics platform's operator to lift the lock.`;
	}
	return error.message;
}
