// The presenter-mode switch: the control in the instructor banner turns it on, the badge turns it off; the
// state lives on <html data-presenter> (read by the stylesheet) and in localStorage for the next page.

/** The localStorage key; the inline script in PresenterMode.astro reads the same one before the page paints. */
export const presenterStorageKey = 'course:presenter-mode';

/** Switches presenter mode on or off for this page and remembers the choice for the browser. */
export function setPresenterMode(document: Document, on: boolean): void {
	if (on) document.documentElement.dataset['presenter'] = 'on';
	else delete document.documentElement.dataset['presenter'];
	try {
		localStorage.setItem(presenterStorageKey, on ? 'on' : 'off');
	} catch {
		// Storage blocked: the switch still holds for this page.
	}
}

/** Wires every `[data-presenter-toggle]` button ("on" or "off") and moves focus to the control that remains. */
export function wirePresenterMode(document: Document): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-presenter-toggle]')) {
		button.addEventListener('click', () => {
			const on = button.dataset['presenterToggle'] === 'on';
			setPresenterMode(document, on);
			document.querySelector<HTMLButtonElement>(`[data-presenter-toggle="${on ? 'off' : 'on'}"]`)?.focus();
		});
	}
}
