// Summary: what Install set up, and the live status from the External API, refreshed every few seconds
// while the token lasts.

import { $, el, localTime } from './view.js';
import * as externalApi from './external-api.js';

let timer = null;

export function showObjects(result) {
	const rows = [
		['Role', `${result.role.name} (${result.role.id})`],
		['OAuth client', `${result.client.name} (${result.client.id})`],
		['Group', `${result.group.name} (${result.group.id})${result.created.group ? ', created' : ''}`],
		['Members added', String(result.membersAdded ?? 0)],
	];
	$('summary-objects').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

export function startStatus(session, config) {
	stopStatus();
	const refresh = async () => {
		if (!session.externalToken || Date.parse(session.externalTokenExpiresAt) <= Date.now()) {
			stopStatus();
			$('summary-note').textContent = 'Status updates stopped: your analytics platform sign-in expired. Open the wizard again to see more.';
			return;
		}
		try {
			render(await externalApi.status(session.externalToken, session.tenantName));
		}
		catch (error) {
			$('summary-note').textContent = `The status cannot be read right now: ${error.message}`;
		}
	};
	refresh();
	timer = window.setInterval(refresh, config.statusPollIntervalMs);
	return refresh;
}

export function stopStatus() {
	if (timer) {
		window.clearInterval(timer);
		timer = null;
	}
}

function render(status) {
	const rows = [
		['Settings verified', status.settingsVerified ? 'Yes' : 'No'],
		['Agents synced', String(status.agentsSynced)],
		['Connection to Genesys Cloud', status.socketLive ? 'Live' : 'Not live yet'],
		['Last call imported', status.lastImportAt ? localTime(status.lastImportAt) : 'None yet'],
		['Calls imported in the last 24 hours', String(status.importedLast24h)],
	];
	$('summary-status').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
	const note = status.lastImportAt
		? `The first calls are being imported: the last one at ${localTime(status.lastImportAt)}.`
		: 'Waiting for the first call of a group member to end…';
	if ($('summary-note').textContent !== note) {
		$('summary-note').textContent = note;
	}
}
