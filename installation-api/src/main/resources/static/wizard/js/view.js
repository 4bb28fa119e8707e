// DOM helpers shared by the steps: one section visible at a time, focus moved to its heading, messages
// announced to screen readers, errors tied to their fields.

export const $ = (id) => document.getElementById(id);

const INSTALL_STEPS = ['start', 'check', 'setup', 'install', 'summary'];

/** Shows one step, marks it in the step list and moves the focus to its heading. */
export function showStep(name) {
	document.querySelectorAll('main > section').forEach((section) => {
		section.hidden = section.dataset.step !== name;
	});
	$('steps-nav').hidden = !INSTALL_STEPS.includes(name);
	document.querySelectorAll('#steps li').forEach((item) => {
		if (item.dataset.step === name) {
			item.setAttribute('aria-current', 'step');
		}
		else {
			item.removeAttribute('aria-current');
		}
	});
	const heading = document.querySelector(`#step-${name} h1`);
	document.title = `${heading.textContent} – Call Import for speech analytics`;
	heading.focus();
}

/** Says something to screen-reader users without moving the focus. */
export function announce(message) {
	const announcer = $('announcer');
	announcer.textContent = '';
	window.setTimeout(() => {
		announcer.textContent = message;
	}, 50);
}

/** Fills an element with text, or hides it when the text is empty. */
export function showText(id, text) {
	const element = $(id);
	element.textContent = text || '';
	element.hidden = !text;
}

/** An element with children, e.g. el('li', {class: 'x'}, 'text', otherElement). */
export function el(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	Object.entries(attributes).forEach(([name, value]) => {
		if (value === true) {
			element.setAttribute(name, '');
		}
		else if (value !== false && value !== null && value !== undefined) {
			element.setAttribute(name, value);
		}
	});
	children.flat().forEach((child) => {
		if (child !== null && child !== undefined) {
			element.append(child instanceof Node ? child : document.createTextNode(String(child)));
		}
	});
	return element;
}

/** A status word for a list item, in text (not only colour). */
export function statusLabel(kind, text) {
	return el('span', { class: `status status-${kind}` }, text);
}

/**
 * Shows form errors: each field gets aria-invalid and its message; the summary lists them with links and
 * takes the focus. errors: [{field: 'id', message}] (field may be null for a general message).
 */
export function showErrors(summaryId, errors) {
	const summary = $(summaryId);
	summary.replaceChildren();
	document.querySelectorAll(`#${summaryId} ~ form [aria-invalid], #${summaryId} + form [aria-invalid]`)
		.forEach((input) => input.removeAttribute('aria-invalid'));
	document.querySelectorAll('.field-error').forEach((message) => {
		message.hidden = true;
		message.textContent = '';
	});
	if (errors.length === 0) {
		summary.hidden = true;
		return;
	}
	summary.append(el('p', {}, errors.length === 1 ? 'Please correct this:' : 'Please correct these:'));
	const list = el('ul');
	errors.forEach(({ field, message }) => {
		if (field) {
			const input = $(field);
			input.setAttribute('aria-invalid', 'true');
			const fieldMessage = $(`${field}-error`);
			if (fieldMessage) {
				fieldMessage.textContent = message;
				fieldMessage.hidden = false;
			}
			const link = el('a', { href: `#${field}` }, message);
			link.addEventListener('click', (event) => {
				event.preventDefault();
				input.focus();
			});
			list.append(el('li', {}, link));
		}
		else {
			list.append(el('li', {}, message));
		}
	});
	summary.append(list);
	summary.hidden = false;
	summary.focus();
}

/** A time in the reader's own time zone. */
export function localTime(iso) {
	return iso ? new Date(iso).toLocaleString() : '';
}
