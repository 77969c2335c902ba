// @ts-check
// Only wiring: read the environment once, validate it, and hand the result to the course configuration.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { parseEdition } from './src/edition/edition.ts';
import { courseConfig } from './src/site/config.ts';
import { parseBaseline } from './src/site/baseline.ts';
import { parseSiteAddress } from './src/host/site-address.ts';
import { parseBuildFolders } from './src/host/build-folders.ts';

export default defineConfig(
	courseConfig({
		edition: parseEdition(process.env.EDITION),
		root: new URL('./', import.meta.url),
		...parseSiteAddress(process.env),
		baseline: parseBaseline(process.env.COURSE_BASELINE),
		folders: parseBuildFolders(fileURLToPath(new URL('./', import.meta.url)), process.env),
	}),
);
