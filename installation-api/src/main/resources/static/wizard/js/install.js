// Install: the role, the role granted to the installer, the OAuth client with that role, the group (if
// asked) and its members, the record in the integration's notes, then the settings at the analytics
// platform. What this run created is removed again when a later step fails; what an earlier run created
// is found (by recorded id, then by name) and reused, so nothing is ever made twice.

import { genesysMessage } from './genesys.js';
import { addMembers, clientBody, findClient, findGroup, findRole, groupBody, removeIfPresent, roleBody, sameSet }
	from './genesys-objects.js';
import { readRecord, recordNotes, writeNotes } from './record.js';
import * as externalApi from './external-api.js';

export const STEPS = ['role', 'grant', 'client', 'group', 'record', 'settings'];

export class InstallFailed extends Error {
	constructor(step, cause) {
		super(cause instanceof externalApi.ExternalApiError ? cause.message : genesysMessage(cause));
		this.step = step;
		this.cause = cause;
	}
}

const sleep = (ms) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * Runs Install. progress(step, state, detail) reports each step: working, done, failed, undone, kept.
 * Resolves with what is set up; rejects with InstallFailed after undoing this run's creations.
 */
export async function install(genesys, config, session, plan, progress) {
	const undo = [];
	const result = { created: {} };
	let step = STEPS[0];
	try {
		const { record } = await readRecord(genesys, session.integration);
		for (step of STEPS) {
			progress(step, 'working');
			const detail = await STEP_ACTIONS[step]({ genesys, config, session, plan, record, result, undo });
			progress(step, 'done', detail);
		}
		return result;
	}
	catch (error) {
		progress(step, 'failed', (error instanceof InstallFailed) ? error.message : failureText(error));
		await rollBack(undo, progress);
		throw (error instanceof InstallFailed) ? error : new InstallFailed(step, error);
	}
	finally {
		result.secret = null;
	}
}

function failureText(error) {
	return (error instanceof externalApi.ExternalApiError) ? error.message : genesysMessage(error);
}

async function rollBack(undo, progress) {
	for (const { step, text, run } of undo.reverse()) {
		try {
			await run();
			progress(step, 'undone', text);
		}
		catch (error) {
			progress(step, 'kept', `${text} failed (${genesysMessage(error)}); the next Install reuses it`);
		}
	}
}

const STEP_ACTIONS = {
	async role({ genesys, config, plan, record, result, undo }) {
		const authorization = genesys.apis.authorization;
		const body = roleBody(plan.roleName, config.rolePermissions);
		let role = await findRole(genesys, record && record.roleId, plan.roleName);
		if (role) {
			if (!sameSet(role.permissions, config.rolePermissions)) {
				role = await authorization.putAuthorizationRole(role.id, body);
			}
			result.role = role;
			return 'reused (it exists already)';
		}
		role = await authorization.postAuthorizationRoles(body);
		result.role = role;
		result.created.role = true;
		undo.push({ step: 'role', text: 'deleted the role again', run: () => removeIfPresent(() => authorization.deleteAuthorizationRole(role.id)) });
		return 'created';
	},

	async grant({ genesys, config, session, result }) {
		const roleId = result.role.id;
		const holds = (me) => ((me.authorization && me.authorization.roles) || []).some((role) => role.id === roleId);
		if (holds(session.me)) {
			return 'you hold it already';
		}
		await genesys.apis.authorization.putAuthorizationRoleUsersAdd(roleId, [session.me.id]);
		const deadline = Date.now() + config.roleWaitMaxMs;
		while (Date.now() < deadline) {
			const me = await genesys.me();
			if (holds(me)) {
				session.me = me;
				return 'granted';
			}
			await sleep(config.rolePollIntervalMs);
		}
		throw new Error(`the role did not reach your account within ${Math.round(config.roleWaitMaxMs / 1000)} seconds`);
	},

	async client({ genesys, plan, record, result, undo }) {
		const oauth = genesys.apis.oauth;
		const body = clientBody(plan.clientName, result.role.id);
		const existing = await findClient(genesys, record && record.clientId, plan.clientName);
		if (existing) {
			result.client = await oauth.putOauthClient(existing.id, { ...body,
				accessTokenValiditySeconds: existing.accessTokenValiditySeconds || body.accessTokenValiditySeconds });
			return 'reused (it exists already)';
		}
		const created = await oauth.postOauthClients(body);
		result.secret = created.secret;
		result.client = { id: created.id, name: created.name };
		result.created.client = true;
		undo.push({ step: 'client', text: 'deleted the OAuth client again', run: () => removeIfPresent(() => oauth.deleteOauthClient(created.id)) });
		return 'created';
	},

	async group({ genesys, plan, record, result, undo }) {
		if (plan.group.mode === 'existing') {
			result.group = { id: plan.group.id, name: plan.group.name };
			result.membersAdded = 0;
			return 'the existing group is used';
		}
		// only a group Install made (recorded as such, or made now) is Install's: Uninstall removes it; a group
		// that merely has the name is the customer's and stays
		const recordedId = (record && record.groupCreated) ? record.groupId : null;
		let group = recordedId ? await findGroup(genesys, recordedId, null) : null;
		let detail = 'reused (Install created it earlier)';
		result.groupCreated = Boolean(group);
		if (!group) {
			group = await findGroup(genesys, null, plan.group.name);
			detail = 'a group of that name exists and is used (Uninstall leaves it)';
		}
		if (!group) {
			group = await genesys.apis.groups.postGroups(groupBody(plan.group.name));
			result.created.group = true;
			result.groupCreated = true;
			const created = group;
			undo.push({ step: 'group', text: 'deleted the group again', run: () => removeIfPresent(() => genesys.apis.groups.deleteGroup(created.id)) });
			detail = 'created';
		}
		result.group = { id: group.id, name: group.name };
		result.membersAdded = await addMembers(genesys, group.id, plan.group.memberIds);
		return `${detail}; ${result.membersAdded} member${result.membersAdded === 1 ? '' : 's'} added`;
	},

	async record({ genesys, session, plan, record, result, undo }) {
		if (!session.integration) {
			return 'skipped: the organization has no integration of the app';
		}
		const { config } = await readRecord(genesys, session.integration);
		const previous = (config && config.notes) || '';
		await writeNotes(genesys, session.integration, recordNotes({ tenantName: plan.tenantName, roleId: result.role.id,
			clientId: result.client.id, groupId: result.group.id, groupCreated: Boolean(result.groupCreated) }));
		undo.push({ step: 'record', text: 'restored the integration notes', run: () => writeNotes(genesys, session.integration, previous) });
		return `recorded in "${session.integration.name}"`;
	},

	async settings({ genesys, session, plan, result }) {
		const settings = { organizationId: session.organization.id, region: session.environment,
			clientId: result.client.id, groupId: result.group.id, roleId: result.role.id,
			integrationUserId: session.me.id };
		if (plan.departmentId) {
			settings.departmentId = plan.departmentId;
		}
		if (!result.secret) {
			try {
				// a reused client: the platform may hold its secret already
				await externalApi.putSettings(session.externalToken, plan.tenantName, settings);
				return 'saved (the stored client secret still works)';
			}
			catch (error) {
				if (!(error instanceof externalApi.ExternalApiError) || ![400, 422].includes(error.status)) {
					throw error;
				}
			}
			result.secret = (await genesys.apis.oauth.postOauthClientSecret(result.client.id)).secret;
		}
		await externalApi.putSettings(session.externalToken, plan.tenantName, { ...settings, clientSecret: result.secret });
		result.secret = null;
		return 'saved and verified against Genesys Cloud';
	},
};
