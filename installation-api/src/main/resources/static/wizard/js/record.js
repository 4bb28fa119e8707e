// What Install created, recorded in the notes of the product's integration in Genesys Cloud (at most 500
// characters), so that a later Install reuses it and Uninstall removes it, from any browser.

const APP = 'callimport';

export function parseRecord(notes) {
	if (!notes) {
		return null;
	}
	try {
		const record = JSON.parse(notes);
		return (record && record.app === APP) ? record : null;
	}
	catch (error) {
		return null;
	}
}

export function recordNotes({ tenantName, roleId, clientId, groupId, groupCreated }) {
	return JSON.stringify({ app: APP, v: 1, tenant: tenantName, roleId, clientId, groupId, groupCreated,
		at: new Date().toISOString() });
}

/** The integration's current configuration and the record in it. */
export async function readRecord(genesys, integration) {
	if (!integration) {
		return { config: null, record: null };
	}
	const config = await genesys.apis.integrations.getIntegrationConfigCurrent(integration.id);
	return { config, record: parseRecord(config.notes) };
}

/** Replaces the notes of the current configuration (at its current version). */
export async function writeNotes(genesys, integration, notes) {
	const current = await genesys.apis.integrations.getIntegrationConfigCurrent(integration.id);
	return genesys.apis.integrations.putIntegrationConfigCurrent(integration.id, {
		body: { name: current.name, version: current.version, properties: current.properties || {},
			advanced: current.advanced || {}, notes, credentials: current.credentials || {} },
	});
}
