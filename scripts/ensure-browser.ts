// Runs after `npm install`: makes sure a Chromium exists for diagrams, handouts and tests. A system or
// CHROMIUM_PATH browser wins; only when there is none does it ask Playwright to download its own, and
// it never fails the install (a machine without internet still installs, and says what to do).
import { spawnSync } from 'node:child_process';
import { findChromium } from '../src/browser/chromium.ts';

let found: string | undefined;
try {
	found = findChromium();
} catch (error) {
	console.warn(error instanceof Error ? error.message : error);
}
if (found) {
	console.log(`Chromium: ${found}`);
} else {
	console.log("No Chromium found; downloading Playwright's Chromium (npx playwright install chromium)…");
	const result = spawnSync(process.execPath, ['node_modules/playwright/cli.js', 'install', 'chromium'], {
		stdio: 'inherit',
	});
	let now: string | undefined;
	try {
		now = findChromium();
	} catch {
		now = undefined;
	}
	if (result.status !== 0 || !now) {
		console.warn(
			'Could not download Chromium. Diagrams, handouts and tests need one: install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.',
		);
	}
}
