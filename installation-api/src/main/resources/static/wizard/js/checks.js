// Check configuration: what Install needs before it starts, each with an explanation.

import { genesysMessage, holds } from './genesys.js';

/**
 * Runs every check; resolves with {checks: [{title, kind: ok|problem|note, text}], blocking, groups,
 * integration}.
 */
export async function runChecks(genesys, config, session) {
	const checks = [];
	let blocking = false;
	const me = await genesys.me();
	session.me = me;
	const held = (me.authorization && me.authorization.permissions) || [];
	const missing = config.installerPermissions.filter((permission) => !holds(held, permission));
	if (missing.length === 0) {
		checks.push({ title: 'Your permissions', kind: 'ok',
			text: 'Your account has every permission Install and Uninstall need.' });
	}
	else {
		blocking = true;
		checks.push({ title: 'Your permissions', kind: 'problem',
			text: `Your account lacks ${missing.join(', ')}. Ask an administrator for a role with these permissions, then check again.` });
	}

	const types = await genesys.integrationTypes();
	const typeFound = (types.entities || []).some((type) => type.id === config.integrationTypeId);
	if (typeFound) {
		checks.push({ title: 'Integration type', kind: 'ok',
			text: `The app's integration type (${config.integrationTypeId}) is available in this organization.` });
	}
	else {
		blocking = true;
		checks.push({ title: 'Integration type', kind: 'problem',
			text: `This organization does not have the app's integration type (${config.integrationTypeId}). Install the app from AppFoundry first.` });
	}

	session.integration = null;
	if (typeFound) {
		const integrations = await genesys.integrations(config.integrationTypeId);
		session.integration = (integrations.entities || [])[0] || null;
		checks.push(session.integration
			? { title: 'Integration', kind: 'ok',
				text: `Found the integration "${session.integration.name}"; Install records what it creates in its notes.` }
			: { title: 'Integration', kind: 'note',
				text: 'No integration of the app was found, so Install cannot record what it creates there; Uninstall will then find it by name.' });
	}

	const groups = await genesys.groups();
	session.groups = groups.entities || [];
	checks.push({ title: 'Group for the analysed agents', kind: 'note',
		text: `${session.groups.length} group${session.groups.length === 1 ? '' : 's'} found. In Setup, choose one of them or let Install create a new group.` });
	return { checks, blocking };
}

/** A failed check run as one problem. */
export function checkFailure(error) {
	return { checks: [{ title: 'Genesys Cloud', kind: 'problem',
		text: `The checks could not finish: ${genesysMessage(error)}. Check again in a moment.` }], blocking: true };
}
