// Setup: the analytics platform account from the mail, verified with a token of the External API, and the
// group of the analysed agents (an existing one, or a new one with chosen members).

import { $, el, showErrors } from './view.js';
import { objectNames } from './names.js';
import * as externalApi from './external-api.js';

const GENESYS_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Fills the group choices from what Check configuration read. */
export async function prepareSetup(genesys, config, session) {
	const select = $('existing-group');
	select.replaceChildren(el('option', { value: '' }, 'Choose a group'),
		...session.groups.map((group) => el('option', { value: group.id }, `${group.name} (${group.memberCount ?? 0} members)`)));
	if (!$('new-group-name').value) {
		$('new-group-name').value = objectNames(config).group;
	}
	if (session.record && session.record.tenant && !$('tenant-name').value) {
		$('tenant-name').value = session.record.tenant;
	}
	if (!session.users) {
		const users = await genesys.users();
		session.users = users.entities || [];
	}
	renderMembers(session.users);
	toggleGroupFields();
}

export function bindSetup(session) {
	document.querySelectorAll('input[name="groupChoice"]').forEach((radio) => radio.addEventListener('change', toggleGroupFields));
	$('member-filter').addEventListener('input', () => filterMembers($('member-filter').value));
}

function toggleGroupFields() {
	const existing = $('group-existing').checked;
	$('group-existing-fields').hidden = !existing;
	$('group-new-fields').hidden = existing;
}

function renderMembers(users) {
	const list = $('member-list');
	const checked = new Set([...list.querySelectorAll('input:checked')].map((input) => input.value));
	list.replaceChildren(...users.map((user) => {
		const id = `member-${user.id}`;
		const label = user.email ? `${user.name} (${user.email})` : user.name;
		return el('li', { 'data-filter': `${user.name} ${user.email || ''}`.toLowerCase() },
			el('input', { type: 'checkbox', id, value: user.id, checked: checked.has(user.id) }),
			el('label', { for: id }, label));
	}));
	filterMembers($('member-filter').value);
}

function filterMembers(text) {
	const wanted = text.trim().toLowerCase();
	let shown = 0;
	$('member-list').querySelectorAll('li').forEach((item) => {
		item.hidden = wanted !== '' && !item.dataset.filter.includes(wanted);
		shown += item.hidden ? 0 : 1;
	});
	$('member-count').textContent = `${shown} user${shown === 1 ? '' : 's'} shown`;
}

/** The form's values and the mistakes a person can fix before anything is sent. */
export function readSetup(session) {
	const values = {
		tenantName: $('tenant-name').value.trim(),
		username: $('username').value.trim(),
		password: $('password').value,
		departmentId: $('department-id').value.trim(),
	};
	const errors = [];
	if (!values.tenantName) errors.push({ field: 'tenant-name', message: 'Enter the tenant name from the mail.' });
	if (!values.username) errors.push({ field: 'username', message: 'Enter the username from the mail.' });
	if (!values.password) errors.push({ field: 'password', message: 'Enter the password from the mail.' });
	if ($('group-existing').checked) {
		const id = $('existing-group').value;
		const group = session.groups.find((candidate) => candidate.id === id);
		if (!group) errors.push({ field: 'existing-group', message: 'Choose the group of the agents.' });
		values.group = group ? { mode: 'existing', id: group.id, name: group.name } : null;
	}
	else {
		const name = $('new-group-name').value.trim();
		if (!name) errors.push({ field: 'new-group-name', message: 'Enter a name for the new group.' });
		const memberIds = [...$('member-list').querySelectorAll('input:checked')].map((input) => input.value);
		values.group = { mode: 'new', name, memberIds };
	}
	if (values.departmentId && !GENESYS_ID.test(values.departmentId)) {
		errors.push({ field: 'department-id', message: 'A division id looks like 6f3c2c56-8d4e-4a8b-9c1d-2e3f4a5b6c7d; leave it empty if unsure.' });
	}
	return { values, errors };
}

/** Verifies the account: resolves with the token, or shows why not and resolves with null. */
export async function verifyAccount(values) {
	try {
		return await externalApi.signIn(values.tenantName, values.username, values.password);
	}
	catch (error) {
		const message = externalApi.signInMessage(error);
		const field = (error.status === 401 || error.status === 429) ? 'password' : null;
		showErrors('setup-errors', [{ field, message }]);
		return null;
	}
}
