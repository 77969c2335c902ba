/**
 * Gives every tab panel the name of its tab as `data-tab-label`, so print.css can print all panels, each
 * under its name: CSS alone cannot read the text of another element. Runs once when the page loads, not on
 * `beforeprint`, so printing to PDF without print events gets the labels too.
 */
export function labelTabPanelsForPrint(root: Document): void {
	for (const panel of root.querySelectorAll<HTMLElement>('starlight-tabs [role="tabpanel"]')) {
		const tabId = panel.getAttribute('aria-labelledby');
		const label = tabId ? root.getElementById(tabId)?.textContent.trim() : undefined;
		if (label) panel.dataset['tabLabel'] = label;
	}
}
