// Finding, creating and removing what Install sets up, each by its recorded id first and by its name
// second, so a retried Install reuses what exists and never makes a second one.

import { isNotFound } from './genesys.js';
import { rolePolicies } from './names.js';

async function byId(read) {
	try {
		return await read();
	}
	catch (error) {
		if (isNotFound(error)) {
			return null;
		}
		throw error;
	}
}

export async function findRole(genesys, recordedId, name) {
	const authorization = genesys.apis.authorization;
	const recorded = recordedId ? await byId(() => authorization.getAuthorizationRole(recordedId)) : null;
	if (recorded) {
		return recorded;
	}
	const listing = await authorization.getAuthorizationRoles({ name, pageSize: 100 });
	return (listing.entities || []).find((role) => role.name === name) || null;
}

export function roleBody(name, permissions) {
	return { name, description: 'Created by the Call Import installation wizard: what the speech-analytics import reads.',
		permissionPolicies: rolePolicies(permissions) };
}

export function sameSet(a, b) {
	const left = [...(a || [])].sort();
	const right = [...(b || [])].sort();
	return left.length === right.length && left.every((value, i) => value === right[i]);
}

export async function findClient(genesys, recordedId, name) {
	const oauth = genesys.apis.oauth;
	const recorded = recordedId ? await byId(() => oauth.getOauthClient(recordedId)) : null;
	if (recorded) {
		return recorded;
	}
	const listing = await oauth.getOauthClients();
	return (listing.entities || []).find((client) => client.name === name) || null;
}

export function clientBody(name, roleId) {
	return { name, description: 'Created by the Call Import installation wizard: the speech-analytics import signs in with it.',
		authorizedGrantType: 'CLIENT-CREDENTIALS', accessTokenValiditySeconds: 86400, roleIds: [roleId] };
}

export async function findGroup(genesys, recordedId, name) {
	const groups = genesys.apis.groups;
	const recorded = recordedId ? await byId(() => groups.getGroup(recordedId)) : null;
	if (recorded || !name) {
		return recorded;
	}
	const found = await groups.postGroupsSearch({ pageSize: 25, pageNumber: 1,
		query: [{ fields: ['name'], value: name, type: 'EXACT' }] });
	return (found.results || []).find((group) => group.name.toLowerCase() === name.toLowerCase()) || null;
}

export function groupBody(name) {
	return { name, description: 'Agents whose calls Call Import imports for speech analytics.', type: 'official',
		visibility: 'public', rulesVisible: true };
}

/** Every member id of a group (all pages). */
export async function memberIds(genesys, groupId) {
	const ids = [];
	for (let page = 1; page <= 50; page++) {
		const listing = await genesys.apis.groups.getGroupMembers(groupId, { pageSize: 100, pageNumber: page });
		(listing.entities || []).forEach((user) => ids.push(user.id));
		if (!listing.pageCount || page >= listing.pageCount) {
			break;
		}
	}
	return ids;
}

/** Adds members (50 per request, each at the group's current version); resolves with how many. */
export async function addMembers(genesys, groupId, wanted) {
	const present = new Set(await memberIds(genesys, groupId));
	const missing = wanted.filter((id) => !present.has(id));
	for (let i = 0; i < missing.length; i += 50) {
		const group = await genesys.apis.groups.getGroup(groupId);
		await genesys.apis.groups.postGroupMembers(groupId, { memberIds: missing.slice(i, i + 50), version: group.version });
	}
	return missing.length;
}

/** Deletes something that may be gone already; resolves with whether it was there. */
export async function removeIfPresent(remove) {
	try {
		await remove();
		return true;
	}
	catch (error) {
		if (isNotFound(error)) {
			return false;
		}
		throw error;
	}
}
