// The installation wizard: Start → Check configuration → Setup → Install → Summary, and Uninstall.
// Everything sensitive (the Genesys access token, the platform token, the new client's secret) lives in
// memory only; nothing is written to localStorage, sessionStorage or cookies but the SDK's PKCE verifier
// during the login redirect.

import { $, announce, el, showErrors, showStep, showText, statusLabel } from './view.js';
import { genesysClient, genesysMessage, regionFromPage } from './genesys.js';
import { checkFailure, runChecks } from './checks.js';
import { bindSetup, prepareSetup, readSetup, verifyAccount } from './setup.js';
import { install, InstallFailed, STEPS } from './install.js';
import { findInstalled, uninstall, UNINSTALL_STEPS } from './uninstall.js';
import { showObjects, startStatus, stopStatus } from './summary.js';
import { objectNames } from './names.js';
import { readRecord } from './record.js';
import * as externalApi from './external-api.js';

const session = { me: null, organization: null, integration: null, groups: [], users: null, record: null,
	externalToken: null, externalTokenExpiresAt: null, tenantName: null, environment: null, plan: null };
let config;
let genesys;

const STEP_TEXT = {
	role: (plan) => `Role "${plan.roleName}" with exactly these permissions: ${config.rolePermissions.join(', ')}`,
	grant: () => 'The role granted to you (Genesys lets you give an OAuth client only roles you hold)',
	client: (plan) => `OAuth client "${plan.clientName}" (client credentials) with that role`,
	group: (plan) => (plan.group.mode === 'existing') ? `The existing group "${plan.group.name}" for the agents`
		: `Group "${plan.group.name}" with ${plan.group.memberIds.length} chosen member${plan.group.memberIds.length === 1 ? '' : 's'}`,
	record: () => 'What was set up recorded in the notes of the app\'s integration',
	settings: (plan) => `The settings sent to your analytics platform (tenant "${plan.tenantName}"), which checks them with Genesys Cloud`,
};

const UNINSTALL_TEXT = { settings: 'Settings at the analytics platform', client: 'OAuth client', group: 'Group created by Install',
	role: 'Role', record: 'Record in the integration\'s notes' };

const STATE_WORDS = { working: ['working', 'Working…'], done: ['ok', 'Done'], failed: ['problem', 'Failed'],
	undone: ['note', 'Undone'], kept: ['problem', 'Not undone'], waiting: ['note', 'Waiting'] };

function progressItem(listId, step, text) {
	const item = el('li', { id: `${listId}-${step}` }, el('span', { class: 'step-text' }, text), ': ',
		statusLabel('note', 'Waiting'), el('span', { class: 'detail' }));
	$(listId).append(item);
}

function reporter(listId) {
	return (step, state, detail) => {
		const item = $(`${listId}-${step}`);
		const [kind, word] = STATE_WORDS[state];
		item.querySelector('.status').replaceWith(statusLabel(kind, word));
		item.querySelector('.detail').textContent = detail ? ` – ${detail}` : '';
	};
}

async function start() {
	config = await externalApi.wizardConfig();
	const params = new URLSearchParams(window.location.search);
	const state = readState(params.get('state'));
	session.environment = state.environment || regionFromPage(params, config.regions);
	session.uninstallRequested = state.uninstall || params.get('uninstall') === 'true';
	showStep('start');
	if (!session.environment) {
		showText('start-error', 'Open this wizard from Genesys Cloud (Admin, Integrations): the page needs the '
			+ 'region of your organization (the environment or gcHostOrigin parameter), which is missing or unknown.');
		return;
	}
	$('start-region').textContent = `Genesys Cloud region: ${session.environment}`;
	genesys = genesysClient(config, session.environment);
	if (!params.get('code') && !params.get('error')) {
		$('start-signed-out').hidden = false;
		return;
	}
	try {
		await genesys.login(redirectUri(), writeState());
		await signedIn();
	}
	catch (error) {
		showText('start-error', `Signing in to Genesys Cloud failed: ${genesysMessage(error)}`);
		$('start-signed-out').hidden = false;
	}
}

const redirectUri = () => `${window.location.origin}${window.location.pathname}`;

function writeState() {
	return btoa(JSON.stringify({ environment: session.environment, uninstall: Boolean(session.uninstallRequested) }));
}

function readState(value) {
	try {
		return value ? JSON.parse(atob(value)) : {};
	}
	catch (error) {
		return {};
	}
}

async function signedIn() {
	session.me = await genesys.me();
	session.organization = await genesys.organization();
	$('start-user').textContent = `Signed in as ${session.me.name} (${session.me.email || session.me.username}) `
		+ `in the organization "${session.organization.name}".`;
	$('start-signed-in').hidden = false;
	$('start-signed-out').hidden = true;
	$('install-org').textContent = `the organization "${session.organization.name}"`;
	await findExisting();
	if (session.uninstallRequested) {
		await openUninstall();
	}
	else {
		$('start-next').focus();
	}
}

async function findExisting() {
	try {
		const integrations = await genesys.integrations(config.integrationTypeId);
		session.integration = (integrations.entities || [])[0] || null;
		session.record = (await readRecord(genesys, session.integration)).record;
	}
	catch (error) {
		session.record = null;
	}
	$('start-existing').hidden = !session.record;
	if (session.record) {
		$('start-existing-text').textContent = `An installation for tenant "${session.record.tenant}" is recorded `
			+ `(${new Date(session.record.at).toLocaleString()}). Installing again repairs it and creates nothing twice.`;
	}
}

async function openCheck() {
	showStep('check');
	$('checks').replaceChildren();
	$('check-next').disabled = true;
	$('check-intro').textContent = 'Checking your organization and your account…';
	let outcome;
	try {
		outcome = await runChecks(genesys, config, session);
	}
	catch (error) {
		outcome = checkFailure(error);
	}
	const words = { ok: 'OK', problem: 'Problem', note: 'Note' };
	$('checks').replaceChildren(...outcome.checks.map((check) => el('li', {}, el('strong', {}, check.title), ': ',
		statusLabel(check.kind, words[check.kind]), ` – ${check.text}`)));
	$('check-intro').textContent = outcome.blocking
		? 'Install cannot start yet: fix the problems below, then check again.'
		: 'Everything Install needs is in place.';
	$('check-next').disabled = outcome.blocking;
	announce($('check-intro').textContent);
}

async function openSetup() {
	showStep('setup');
	try {
		await prepareSetup(genesys, config, session);
	}
	catch (error) {
		showErrors('setup-errors', [{ field: null, message: `The users of the organization cannot be read: ${genesysMessage(error)}` }]);
	}
}

async function submitSetup(event) {
	event.preventDefault();
	const { values, errors } = readSetup(session);
	showErrors('setup-errors', errors);
	if (errors.length > 0) {
		return;
	}
	$('setup-next').disabled = true;
	try {
		const token = await verifyAccount(values);
		if (!token) {
			return;
		}
		session.externalToken = token.token;
		session.externalTokenExpiresAt = token.expiresAt;
		session.tenantName = values.tenantName;
		$('password').value = '';
		const names = objectNames(config);
		session.plan = { tenantName: values.tenantName, roleName: names.role, clientName: names.client,
			group: values.group, departmentId: values.departmentId };
		openInstall();
	}
	finally {
		$('setup-next').disabled = false;
	}
}

function openInstall() {
	showStep('install');
	$('install-plan').replaceChildren(...STEPS.map((step) => el('li', {}, STEP_TEXT[step](session.plan))));
	$('install-progress').replaceChildren();
	$('install-error').hidden = true;
	$('install-run').hidden = false;
	$('install-run').textContent = 'Install';
	$('install-next').hidden = true;
}

async function runInstall() {
	$('install-run').disabled = true;
	$('install-back').disabled = true;
	$('install-error').hidden = true;
	$('install-progress').replaceChildren();
	STEPS.forEach((step) => progressItem('install-progress', step, STEP_TEXT[step](session.plan)));
	announce('Installing…');
	try {
		session.result = await install(genesys, config, session, session.plan, reporter('install-progress'));
		$('install-run').hidden = true;
		$('install-next').hidden = false;
		announce('Install finished.');
		$('install-next').focus();
	}
	catch (error) {
		const step = (error instanceof InstallFailed) ? error.step : 'role';
		$('install-error').replaceChildren(el('p', {}, `Install failed at "${STEP_TEXT[step](session.plan)}": ${error.message}`),
			el('p', {}, 'What this attempt had created was removed again (see Progress). Try again: what exists already is reused, nothing is made twice.'));
		$('install-error').hidden = false;
		$('install-run').textContent = 'Try again';
		$('install-error').focus();
	}
	finally {
		$('install-run').disabled = false;
		$('install-back').disabled = false;
	}
}

function openSummary() {
	showStep('summary');
	showObjects(session.result);
	$('summary-refresh').onclick = startStatus(session, config);
}

async function openUninstall() {
	stopStatus();
	showStep('uninstall');
	$('uninstall-progress').replaceChildren();
	$('uninstall-done').hidden = true;
	$('uninstall-errors').hidden = true;
	$('uninstall-account').hidden = Boolean(session.externalToken);
	$('uninstall-plan').replaceChildren(el('li', {}, 'Looking for what Install created…'));
	try {
		session.found = await findInstalled(genesys, config, session);
		const found = session.found;
		const items = [
			found.client ? `OAuth client "${found.client.name}" (${found.client.id})` : null,
			found.group ? `Group "${found.group.name}" (${found.group.id})` : null,
			found.role ? `Role "${found.role.name}" (${found.role.id})` : null,
			'The tenant\'s settings at the analytics platform',
		].filter(Boolean);
		$('uninstall-plan').replaceChildren(...items.map((item) => el('li', {}, item)));
		if (!$('uninstall-tenant-name').value) {
			$('uninstall-tenant-name').value = session.tenantName || found.tenantName || '';
		}
	}
	catch (error) {
		$('uninstall-plan').replaceChildren(el('li', {}, `What Install created cannot be read: ${genesysMessage(error)}`));
	}
}

async function submitUninstall(event) {
	event.preventDefault();
	const errors = [];
	if (!$('uninstall-confirm').checked) {
		errors.push({ field: 'uninstall-confirm', message: 'Confirm that calls will no longer be imported.' });
	}
	const credentials = { tenantName: $('uninstall-tenant-name').value.trim(), username: $('uninstall-username').value.trim(),
		password: $('uninstall-password').value };
	if (!session.externalToken && (!credentials.tenantName || !credentials.username || !credentials.password)) {
		errors.push({ field: 'uninstall-tenant-name', message: 'Enter the tenant name, username and password from the mail.' });
	}
	showErrors('uninstall-errors', errors);
	if (errors.length > 0 || !session.found) {
		return;
	}
	$('uninstall-run').disabled = true;
	try {
		if (!session.externalToken) {
			try {
				const token = await externalApi.signIn(credentials.tenantName, credentials.username, credentials.password);
				session.externalToken = token.token;
				session.externalTokenExpiresAt = token.expiresAt;
				session.tenantName = credentials.tenantName;
				$('uninstall-password').value = '';
			}
			catch (error) {
				showErrors('uninstall-errors', [{ field: 'uninstall-password', message: externalApi.signInMessage(error) }]);
				return;
			}
		}
		$('uninstall-progress').replaceChildren();
		UNINSTALL_STEPS.forEach((step) => progressItem('uninstall-progress', step, UNINSTALL_TEXT[step]));
		await uninstall(genesys, session, session.found, session.tenantName, reporter('uninstall-progress'));
		session.record = null;
		showText('uninstall-done', 'Uninstall finished: everything Install created is removed and calls are no longer imported.');
		$('uninstall-done').setAttribute('tabindex', '-1');
		$('uninstall-done').focus();
	}
	catch (error) {
		showErrors('uninstall-errors', [{ field: null, message: `Uninstall stopped at "${UNINSTALL_TEXT[error.step] || 'the start'}": ${error.message}. Run it again: what is gone already is skipped.` }]);
	}
	finally {
		$('uninstall-run').disabled = false;
	}
}

function bind() {
	$('sign-in').addEventListener('click', async () => {
		$('sign-in').disabled = true;
		try {
			await genesys.login(redirectUri(), writeState());
		}
		catch (error) {
			showText('start-error', `Signing in to Genesys Cloud failed: ${genesysMessage(error)}`);
			$('sign-in').disabled = false;
		}
	});
	$('start-next').addEventListener('click', openCheck);
	$('start-uninstall').addEventListener('click', openUninstall);
	$('check-back').addEventListener('click', () => showStep('start'));
	$('check-again').addEventListener('click', openCheck);
	$('check-next').addEventListener('click', openSetup);
	$('setup-back').addEventListener('click', openCheck);
	$('setup-form').addEventListener('submit', submitSetup);
	$('install-back').addEventListener('click', () => showStep('setup'));
	$('install-run').addEventListener('click', runInstall);
	$('install-next').addEventListener('click', openSummary);
	$('summary-uninstall').addEventListener('click', openUninstall);
	$('uninstall-back').addEventListener('click', () => showStep(session.result ? 'summary' : 'start'));
	$('uninstall-form').addEventListener('submit', submitUninstall);
	bindSetup(session);
}

bind();
start().catch((error) => {
	showStep('start');
	showText('start-error', `The wizard cannot start: ${error.message}`);
});
