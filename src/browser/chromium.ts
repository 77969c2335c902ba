import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright';

/** Where a system Chromium usually lives on Debian, Ubuntu, Fedora and macOS. */
const systemCandidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Finds a Chromium: `CHROMIUM_PATH` first, then the system's, then the one Playwright downloaded.
 * Returns `undefined` when there is none, so callers can say how to get one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const fromEnv = env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	const system = systemCandidates.find((candidate) => existsSync(candidate));
	if (system) return system;
	const bundled = chromium.executablePath();
	return existsSync(bundled) ? bundled : undefined;
}

/** Launch options for a headless Chromium that works offline, as root, in containers and in CI. */
export function chromiumLaunchOptions(): LaunchOptions {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(
			'No Chromium found. Set CHROMIUM_PATH, install Chromium (Debian: `apt-get install chromium`), ' +
				'or run `npx playwright install chromium`.',
		);
	}
	return {
		executablePath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-dev-shm-usage',
		],
	};
}
