// @ts-check
// Only wiring: read the environment once, validate it, and hand the result to the course configuration.
import { defineConfig } from 'astro/config';
import { parseEdition } from './src/edition/edition.ts';
import { courseConfig } from './src/config.ts';
import { parseBaseline } from './src/baseline.ts';

export default defineConfig(
	courseConfig({
		edition: parseEdition(process.env.EDITION),
		root: new URL('./', import.meta.url),
		site: process.env.SITE_URL,
		base: process.env.BASE_PATH,
		baseline: parseBaseline(process.env.COURSE_BASELINE),
	}),
);
