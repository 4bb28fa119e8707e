// Uninstall: the tenant's settings at the analytics platform first (the import stops using the client),
// then the OAuth client, the group Install created (never a group it only used), the role and the record.
// Each removal accepts that the object is gone already, so an interrupted Uninstall can simply be run
// again.

import { findClient, findGroup, findRole, removeIfPresent } from './genesys-objects.js';
import { genesysMessage } from './genesys.js';
import { objectNames } from './names.js';
import { readRecord, writeNotes } from './record.js';
import * as externalApi from './external-api.js';

/** What Uninstall would remove: the recorded objects, or those with Install's names. */
export async function findInstalled(genesys, config, session) {
	const names = objectNames(config);
	const { record } = await readRecord(genesys, session.integration);
	const role = await findRole(genesys, record && record.roleId, names.role);
	const client = await findClient(genesys, record && record.clientId, names.client);
	// only a group Install recorded as its own; without a record no group is removed
	const group = (record && record.groupCreated) ? await findGroup(genesys, record.groupId, null) : null;
	return { record, role, client, group, tenantName: record ? record.tenant : '' };
}

export const UNINSTALL_STEPS = ['settings', 'client', 'group', 'role', 'record'];

/** Runs Uninstall; progress(step, state, detail). Rejects (with the step) on the first failure. */
export async function uninstall(genesys, session, found, tenantName, progress) {
	const actions = {
		settings: async () => {
			try {
				await externalApi.deleteSettings(session.externalToken, tenantName);
				return 'removed: calls are no longer imported';
			}
			catch (error) {
				if (error instanceof externalApi.ExternalApiError && error.status === 404) {
					return 'there were none';
				}
				throw error;
			}
		},
		client: async () => remove(found.client, () => genesys.apis.oauth.deleteOauthClient(found.client.id)),
		group: async () => remove(found.group, () => genesys.apis.groups.deleteGroup(found.group.id)),
		role: async () => remove(found.role, () => genesys.apis.authorization.deleteAuthorizationRole(found.role.id)),
		record: async () => {
			if (!session.integration) {
				return 'nothing recorded';
			}
			await writeNotes(genesys, session.integration, '');
			return 'cleared';
		},
	};
	for (const step of UNINSTALL_STEPS) {
		progress(step, 'working');
		try {
			progress(step, 'done', await actions[step]());
		}
		catch (error) {
			const message = (error instanceof externalApi.ExternalApiError) ? error.message : genesysMessage(error);
			progress(step, 'failed', message);
			const failure = new Error(message);
			failure.step = step;
			throw failure;
		}
	}
}

async function remove(object, run) {
	if (!object) {
		return 'nothing to remove';
	}
	return (await removeIfPresent(run)) ? `removed "${object.name}"` : 'already gone';
}
