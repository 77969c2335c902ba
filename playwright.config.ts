import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/browser/chromium.ts';
import { editionUrls, servePorts } from './tests/e2e/urls.ts';

/** End-to-end tests against both built editions, served over HTTP as a static host would. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: [['list']],
	use: {
		launchOptions: chromiumLaunchOptions(),
		// Recording a trace snapshots the DOM at every step, which costs a fifth of the run on pages this large;
		// CI only shows the log, so it records none. Locally a failure keeps its trace.
		trace: process.env['CI'] ? 'off' : 'retain-on-failure',
	},
	webServer: {
		command: 'node scripts/serve.ts',
		url: editionUrls.instructor,
		env: { STUDENT_PORT: String(servePorts.student), INSTRUCTOR_PORT: String(servePorts.instructor) },
		reuseExistingServer: false,
		stdout: 'ignore',
	},
});
